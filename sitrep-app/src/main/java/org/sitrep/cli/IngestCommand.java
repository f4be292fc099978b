package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Pipeline;
import org.sitrep.cluster.ClusterOutput;
import org.sitrep.ingest.Articles;
import org.sitrep.ingest.IngestError;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;
import org.sitrep.store.IngestOutcome;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep ingest}: extract articles and store them, one transaction each, merging reports into events. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract events from articles and store them in the database (default ./sitrep.db), merging reports of the same attack.")
final class IngestCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = Store.DEFAULT_URL,
            description = "jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB?user=... (default ${DEFAULT-VALUE})")
    String db;

    @Mixin
    TimeLimit timeLimit;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or directories, - for standard input, "
            + "or the output directory of sitrep spark (its articles and events are stored without extracting again)")
    List<String> paths;

    /** What one ingest run did. */
    static final class Summary {
        int read, unchanged, replaced, copies, failed, created, merged;

        @Override
        public String toString() {
            return Counted.of(read, "article", "articles") + " read, " + unchanged + " unchanged (already stored), "
                    + replaced + " replaced by a new version, " + Counted.of(copies, "copy", "copies") + " of stories already stored, "
                    + failed + " failed; " + Counted.of(created, "event", "events") + " created, "
                    + Counted.of(merged, "report", "reports") + " merged into existing events";
        }
    }

    /** Articles stored in one commit: one disk sync for the group instead of one each; each article stays all or nothing. */
    static final int GROUP = Store.INGEST_GROUP;

    private static void store(Store store, List<ArticleResult> group, Summary summary, List<IngestError> errors, Progress progress) {
        if (group.isEmpty()) {
            return;
        }
        List<Store.Put> puts;
        try {
            puts = store.putAll(group);
        } catch (RuntimeException e) { // the group's commit failed: none of it is stored, and a rerun stores it
            group.forEach(r -> fail(summary, errors, progress, r.article().id(), e));
            group.clear();
            return;
        }
        for (Store.Put p : puts) {
            if (p.error() != null) {
                fail(summary, errors, progress, p.articleId(), p.error());
                continue;
            }
            IngestOutcome o = p.outcome();
            summary.read++;
            switch (o.status()) {
                case UNCHANGED -> summary.unchanged++;
                case REPLACED -> summary.replaced++;
                default -> { }
            }
            summary.copies += o.copyOf() != null ? 1 : 0;
            summary.created += o.eventsCreated();
            summary.merged += o.eventsMerged();
        }
        group.clear();
        progress.step(summary.read);
    }

    private static void fail(Summary summary, List<IngestError> errors, Progress progress, String articleId, RuntimeException e) {
        fail(summary, errors, progress, new IngestError(articleId, 0, "not stored: " + e.getMessage()));
    }

    private static void fail(Summary summary, List<IngestError> errors, Progress progress, IngestError err) {
        summary.failed++;
        errors.add(err);
        progress.clearLine();
        System.err.println("sitrep: " + err);
    }

    @Override
    public Integer call() {
        List<String> clusterRuns = paths.stream().filter(p -> !p.equals("-") && ClusterOutput.isOutput(Path.of(p))).toList();
        List<String> inputs = paths.stream().filter(p -> !clusterRuns.contains(p)).toList();
        Pipeline pipeline = inputs.isEmpty() ? null : timeLimit.applyTo(Pipeline.standard());
        Summary summary = new Summary();
        List<IngestError> errors = new ArrayList<>();
        Articles articles = new Articles();
        Progress progress = new Progress("ingest", inputs.contains("-") ? 0 : articles.count(inputs) + clusterRuns.size());
        try (Store store = Store.open(db)) {
            for (String run : clusterRuns) {
                ClusterOutput.read(Path.of(run), GROUP, group -> store(store, new ArrayList<>(group), summary, errors, progress), e -> {
                    errors.add(new IngestError(run, 0, e));
                    summary.failed++;
                    progress.clearLine();
                    System.err.println("sitrep: " + e);
                });
            }
            List<ArticleResult> group = new ArrayList<>(GROUP); // across the reader's batches and files
            articles.read(inputs, System.in, batch -> {
                progress.batch(batch);
                batch.errors().forEach(e -> fail(summary, errors, progress, e));
                for (Article a : batch.articles()) {
                    try {
                        group.add(pipeline.process(a));
                    } catch (RuntimeException e) {
                        fail(summary, errors, progress, a.id(), e);
                    }
                    if (group.size() == GROUP) {
                        store(store, group, summary, errors, progress);
                    }
                }
                progress.step(summary.read);
            });
            store(store, group, summary, errors, progress);
            progress.clearLine();
            Store.Counts c = store.counts();
            System.err.println("sitrep: " + summary);
            System.err.println("sitrep: the database now holds " + Counted.of(c.articles(), "article", "articles") + ", "
                    + Counted.of(c.reports(), "report", "reports") + ", " + Counted.of(c.events(), "event", "events"));
        }
        return errors.isEmpty() ? 0 : 1;
    }
}
