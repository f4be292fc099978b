package org.sitrep.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sitrep.Pipeline;
import org.sitrep.clean.Cleaner;
import org.sitrep.ingest.Articles;
import org.sitrep.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep bench}: start-up, articles/s on one core, p50/p99 ms per article and peak heap for the
 * sitrep pipeline, then the same articles through a reference CoreNLP pipeline
 * ({@code tokenize,ssplit,pos,lemma,ner} with SUTime, coarse NER) in the same JVM, so the ratio is
 * measured side by side on the same machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extraction speed on articles (one thread), beside a reference CoreNLP pipeline; with --ingest, ingest speed.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--warmup", defaultValue = "15", paramLabel = "SECONDS",
            description = "warm-up: passes over the articles for at least this long, at least one (default ${DEFAULT-VALUE} s), "
                    + "so that the JIT compiler has done its work before timing starts")
    int warmup;

    @Option(names = "--passes", defaultValue = "5", description = "measured passes (default ${DEFAULT-VALUE})")
    int passes;

    @Option(names = "--no-corenlp", description = "measure sitrep only")
    boolean noCoreNlp;

    @Option(names = "--ingest", description = "measure sitrep ingest instead: extract and store the articles once, into a fresh database")
    boolean ingest;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "with --ingest: the database to store into (default a new SQLite file)")
    String db;

    @Option(names = "--window", defaultValue = "1000", description = "with --ingest: articles per line of the report (default ${DEFAULT-VALUE})")
    int window;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or directories")
    List<String> paths;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    /** One measured pipeline: what it costs to start and to run over the articles. */
    record Result(String name, double startupSeconds, int articles, long[] nanos, double seconds, long peakHeapBytes) {

        double perSecond() {
            return nanos.length / seconds;
        }

        double percentileMs(double p) {
            return nanos[Math.min(nanos.length - 1, (int) (nanos.length * p))] / 1e6;
        }
    }

    @Override
    public Integer call() {
        if (ingest) {
            return IngestBench.run(paths, db, Math.max(1, window));
        }
        List<Article> articles = new ArrayList<>();
        new Articles().read(paths, System.in, r -> articles.addAll(r.articles()));
        if (articles.isEmpty()) {
            System.err.println("sitrep bench: no articles in " + paths);
            return 1;
        }
        resetPeaks();
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard();
        double startup = (System.nanoTime() - t0) / 1e9;
        List<Result> results = new ArrayList<>();
        results.add(measure("sitrep", startup, articles, pipeline::process));
        if (!noCoreNlp) {
            Cleaner cleaner = Cleaner.standard();
            List<Article> cleaned = articles.stream().map(cleaner::clean).toList();
            System.gc();
            resetPeaks();
            t0 = System.nanoTime();
            StanfordCoreNLP corenlp = new StanfordCoreNLP(coreNlpProperties());
            double coreStartup = (System.nanoTime() - t0) / 1e9;
            results.add(measure("CoreNLP tokenize,ssplit,pos,lemma,ner", coreStartup, cleaned,
                    a -> corenlp.annotate(new Annotation(a.text()))));
        }
        print(results);
        return 0;
    }

    private static Properties coreNlpProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("threads", "1");
        return p;
    }

    private Result measure(String name, double startup, List<Article> articles, Consumer<Article> run) {
        long warm = System.nanoTime() + warmup * 1_000_000_000L;
        do {
            articles.forEach(run);
        } while (System.nanoTime() < warm);
        long[] times = new long[articles.size() * passes];
        int k = 0;
        long start = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (Article a : articles) {
                long s = System.nanoTime();
                run.accept(a);
                times[k++] = System.nanoTime() - s;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(times);
        return new Result(name, startup, articles.size(), times, seconds, peakHeap());
    }

    private static void print(List<Result> results) {
        System.out.printf("%-40s %8s %10s %9s %9s %10s%n", "pipeline (1 thread)", "start s", "articles/s", "p50 ms", "p99 ms", "peak heap");
        for (Result r : results) {
            System.out.printf("%-40s %8.2f %10.1f %9.2f %9.2f %7d MB%n", r.name(), r.startupSeconds(), r.perSecond(),
                    r.percentileMs(0.5), r.percentileMs(0.99), r.peakHeapBytes() / (1024 * 1024));
        }
        if (results.size() == 2) {
            System.out.printf("sitrep is %.1f times the CoreNLP reference's articles/s on %d articles%n",
                    results.get(0).perSecond() / results.get(1).perSecond(), results.get(0).articles());
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(b -> b.getType() == MemoryType.HEAP)
                .mapToLong(b -> b.getPeakUsage().getUsed()).sum();
    }
}
