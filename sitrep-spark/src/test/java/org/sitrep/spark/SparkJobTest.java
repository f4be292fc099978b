package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Pipeline;
import org.sitrep.cluster.ClusterOutput;
import org.sitrep.ingest.Articles;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;
import org.sitrep.output.EventJson;

/** The job in local mode on two cores, on a generated corpus of JSON Lines and WARC, beside the CLI's ingest. */
class SparkJobTest {

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static Path corpus;
    private static SparkJob.Summary first;

    @BeforeAll
    static void runOnce() throws Exception {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        List<Corpus.Item> items = Corpus.items(60);
        Corpus.jsonLines(corpus.resolve("a-feed.jsonl"), items.subList(0, items.size() / 2));
        Corpus.warc(corpus.resolve("b-crawl.warc.gz"), items.subList(items.size() / 2, items.size()));
        Files.write(corpus.resolve("c-cut.warc.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
        Files.writeString(corpus.resolve("notes.csv"), "not an input format,passed over\n");
        spark = SparkSession.builder().master("local[2]").appName("sitrep-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        first = SparkJob.run(spark, List.of(corpus.toString()), dir.resolve("out").toString(), true);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** Each event's JSON line (with its report count) by id, as the CLI's store holds them. */
    private static TreeMap<String, String> ingestedByTheCli() {
        Pipeline pipeline = Pipeline.standard();
        List<ArticleResult> results = new ArrayList<>();
        new Articles().read(List.of(corpus.toString()), new ByteArrayInputStream(new byte[0]), r -> {
            for (Article a : r.articles()) {
                results.add(pipeline.process(a));
            }
        });
        TreeMap<String, String> out = new TreeMap<>();
        try (Store store = Store.open("jdbc:sqlite:" + dir.resolve("cli.db"))) {
            store.putAll(results);
            for (StoredEvent s : store.events(EventQuery.all())) {
                out.put(s.event().id(), s.line());
            }
        }
        return out;
    }

    private static TreeMap<String, String> jsonLinesOf(Path out) throws Exception {
        TreeMap<String, String> byId = new TreeMap<>();
        for (Row r : spark.read().text(out.resolve("events-jsonl").toString()).collectAsList()) {
            String line = r.getString(0);
            byId.put(EventJson.readEvent(line).id(), line);
        }
        return byId;
    }

    @Test
    void givesTheSameEventsAsTheCliIngestOfTheSameArticles() throws Exception {
        TreeMap<String, String> cli = ingestedByTheCli();
        TreeMap<String, String> cluster = jsonLinesOf(dir.resolve("out"));
        assertTrue(cli.size() > 20, "the corpus tells of many attacks: " + cli.size());
        assertTrue(cli.values().stream().anyMatch(l -> l.contains("\"reportCount\":2")), "some events merge two reports");
        assertEquals(cli, cluster);
        assertEquals(cli.size(), first.events());
    }

    @Test
    void aStoreLoadedFromTheOutputHoldsTheClusterEvents() throws Exception {
        TreeMap<String, String> loaded = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        try (Store store = Store.open("jdbc:sqlite:" + dir.resolve("loaded.db"))) {
            ClusterOutput.read(dir.resolve("out"), 7, group -> store.putAll(group), errors::add);
            for (StoredEvent s : store.events(EventQuery.all())) {
                loaded.put(s.event().id(), s.line());
            }
            assertEquals(first.articles(), store.counts().articles());
        }
        assertEquals(List.of(), errors);
        assertEquals(jsonLinesOf(dir.resolve("out")), loaded);
    }

    @Test
    void writesEventsAndReportsAsParquetByMonthWithTheExportColumns() {
        var events = spark.read().parquet(dir.resolve("out/events").toString());
        assertEquals(first.events(), events.count());
        List<String> columns = new ArrayList<>(org.sitrep.export.EventColumns.ALL.stream().map(org.sitrep.export.EventColumns.Column::name).toList());
        columns.add("event_month");
        assertEquals(columns, List.of(events.columns()));
        assertEquals(new TreeSet<>(List.of("2025-02", "2025-03")), new TreeSet<>(events.select("event_month").distinct().as(
                org.apache.spark.sql.Encoders.STRING()).collectAsList()));
        var reports = spark.read().parquet(dir.resolve("out/reports").toString());
        assertEquals(first.reports(), reports.count());
        assertEquals(events.agg(org.apache.spark.sql.functions.sum("reports")).first().getLong(0), reports.count(),
                "every report belongs to one event");
    }

    @Test
    void leavesBrokenRecordsOutAndSaysWhy() {
        List<Row> errors = spark.read().json(dir.resolve("out/errors").toString()).collectAsList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(r -> r.getAs("source").toString().endsWith("a-feed.jsonl")
                && r.getAs("reason").toString().contains("a-feed.jsonl:")), errors.toString());
        assertTrue(errors.stream().anyMatch(r -> r.getAs("source").toString().endsWith("c-cut.warc.gz")
                && r.getAs("reason").toString().contains("cut short or corrupt")), errors.toString());
        assertEquals(2, first.errors());
        assertEquals(Corpus.items(60).size(), first.articles());
    }

    @Test
    void aRerunOverTheSameOutputGivesTheSameRows() throws Exception {
        Path out = dir.resolve("rerun");
        SparkJob.Summary once = SparkJob.run(spark, List.of(corpus.toString()), out.toString(), true);
        TreeMap<String, String> before = jsonLinesOf(out);
        List<String> reportsBefore = sortedRows(out.resolve("reports"));
        SparkJob.Summary again = SparkJob.run(spark, List.of(corpus.toString()), out.toString(), true);
        assertEquals(once, again);
        assertEquals(before, jsonLinesOf(out));
        assertEquals(reportsBefore, sortedRows(out.resolve("reports")));
    }

    private static List<String> sortedRows(Path parquet) {
        return spark.read().parquet(parquet.toString()).collectAsList().stream().map(Row::toString).sorted().toList();
    }
}
