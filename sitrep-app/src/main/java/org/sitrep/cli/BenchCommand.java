package org.sitrep.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Pipeline;
import org.sitrep.ingest.Articles;
import org.sitrep.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep bench}: start-up time, then articles/s per core, p50/p99 ms per article and peak heap, over several passes. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure extraction speed on articles (one thread).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--warmup", defaultValue = "3", description = "warm-up passes (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--passes", defaultValue = "5", description = "measured passes (default ${DEFAULT-VALUE})")
    int passes;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<String> paths;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard();
        double startup = (System.nanoTime() - t0) / 1e9;
        List<Article> articles = new ArrayList<>();
        new Articles().read(paths, System.in, r -> articles.addAll(r.articles()));
        if (articles.isEmpty()) {
            System.err.println("sitrep bench: no articles in " + paths);
            return 1;
        }
        for (int i = 0; i < warmup; i++) {
            articles.forEach(pipeline::process);
        }
        long[] times = new long[articles.size() * passes];
        int k = 0;
        long total = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (Article a : articles) {
                long s = System.nanoTime();
                pipeline.process(a);
                times[k++] = System.nanoTime() - s;
            }
        }
        double seconds = (System.nanoTime() - total) / 1e9;
        Arrays.sort(times);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(b -> b.getType() == MemoryType.HEAP)
                .mapToLong(b -> b.getPeakUsage().getUsed()).sum();
        System.out.printf("%-22s %s%n", "articles", articles.size());
        System.out.printf("%-22s %.2f s%n", "start-up (models, gazetteer)", startup);
        System.out.printf("%-22s %.1f%n", "articles/s per core", times.length / seconds);
        System.out.printf("%-22s %.2f ms%n", "p50 per article", times[times.length / 2] / 1e6);
        System.out.printf("%-22s %.2f ms%n", "p99 per article", times[Math.min(times.length - 1, (int) (times.length * 0.99))] / 1e6);
        System.out.printf("%-22s %d MB%n", "peak heap (sum of pools)", peak / (1024 * 1024));
        return 0;
    }
}
