package org.sitrep.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.Pipeline;
import org.sitrep.ingest.Articles;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;
import org.sitrep.store.Store;

/**
 * {@code sitrep bench --ingest}: what {@code sitrep ingest} does, timed: each article extracted and stored in groups
 * of {@value Store#INGEST_GROUP} per commit, into a fresh database, once (the rate a user gets, JIT warm-up
 * included). Prints articles/s for each window of articles, so a cost that grows with the database shows, and the
 * time per article spent extracting and storing.
 */
final class IngestBench {

    private final Pipeline pipeline;
    private final Store store;
    private final int window;
    private final List<ArticleResult> group = new ArrayList<>();
    private long articles, extractNanos, storeNanos, windowStart = System.nanoTime(), windowExtract, windowStore;

    private IngestBench(Pipeline pipeline, Store store, int window) {
        this.pipeline = pipeline;
        this.store = store;
        this.window = window;
    }

    static int run(List<String> paths, String db, int window) {
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard();
        System.out.printf("pipeline loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        String url = db != null ? db : "jdbc:sqlite:" + fresh().resolve("bench.db");
        System.out.println("storing into " + url.replaceAll("password=[^&]*", "password=***"));
        System.out.printf("%-22s %10s %14s %14s%n", "articles", "articles/s", "extract ms/a", "store ms/a");
        long start = System.nanoTime();
        IngestBench bench;
        try (Store store = Store.open(url)) {
            bench = new IngestBench(pipeline, store, window);
            new Articles().read(paths, InputStream.nullInputStream(), r -> r.articles().forEach(bench::take));
            bench.flush();
            bench.line(true);
            double seconds = (System.nanoTime() - start) / 1e9;
            Store.Counts c = store.counts();
            System.out.printf("all: %d articles in %.1f s, %.1f articles/s (extract %.2f ms, store %.2f ms an article); "
                            + "the database holds %d articles, %d reports, %d events%n", bench.articles, seconds, bench.articles / seconds,
                    bench.extractNanos / 1e6 / Math.max(1, bench.articles), bench.storeNanos / 1e6 / Math.max(1, bench.articles),
                    c.articles(), c.reports(), c.events());
        }
        return bench.articles == 0 ? 1 : 0;
    }

    private static Path fresh() {
        try {
            return Files.createTempDirectory("sitrep-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary directory for the bench database", e);
        }
    }

    private void take(Article a) {
        long t = System.nanoTime();
        group.add(pipeline.process(a));
        windowExtract += System.nanoTime() - t;
        if (group.size() == Store.INGEST_GROUP) {
            flush();
        }
    }

    private void flush() {
        if (group.isEmpty()) {
            return;
        }
        long t = System.nanoTime();
        store.putAll(group);
        windowStore += System.nanoTime() - t;
        long before = articles;
        articles += group.size();
        group.clear();
        if (before / window != articles / window) {
            line(false);
        }
    }

    /** One window's line: its articles/s and time per article extracting and storing. */
    private void line(boolean last) {
        long n = last ? articles % window : window;
        if (n == 0) {
            return;
        }
        double seconds = (System.nanoTime() - windowStart) / 1e9;
        System.out.printf("%-22s %10.1f %14.2f %14.2f%n", (articles - n) + "-" + articles, n / seconds, windowExtract / 1e6 / n, windowStore / 1e6 / n);
        extractNanos += windowExtract;
        storeNanos += windowStore;
        windowExtract = windowStore = 0;
        windowStart = System.nanoTime();
    }
}
