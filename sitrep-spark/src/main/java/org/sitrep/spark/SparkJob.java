package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.format.Type;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.export.EventColumns;
import org.sitrep.ingest.CanonicalUrl;
import scala.Tuple2;

/**
 * sitrep on Spark: reads articles from WARC, JSON Lines, text or HTML files on any Hadoop file system, extracts
 * their events with the CLI's pipeline, merges reports of one attack with the store's rules, and writes Parquet:
 * {@code OUT/events} (the columns of {@code sitrep export --format parquet}) and {@code OUT/reports}, both
 * partitioned by the month the event began; {@code OUT/articles} (what {@code sitrep ingest OUT/} loads);
 * {@code OUT/errors} (JSON Lines: the record and why it was left out)
 * and, with {@code --jsonl}, {@code OUT/events-jsonl} (Event JSON with report counts). Re-running replaces OUT.
 *
 * <pre>spark-submit --class org.sitrep.spark.SparkJob sitrep-spark.jar [--jsonl] -o OUT INPUT...</pre>
 */
public final class SparkJob {

    /** What a run read, left out and wrote. */
    public record Summary(long articles, long errors, long events, long reports) {
    }

    /** Extraction tasks per core: small enough that one slow input does not hold a core's share of the work. */
    private static final int TASKS_PER_CORE = 4;

    /**
     * Row groups of the articles output: small enough for {@code sitrep ingest OUT/} to read one in a small heap (it
     * reads the output with sitrep's own Parquet reader, which takes gzip and plain pages, not dictionaries).
     */
    private static final long ARTICLE_ROW_GROUP_BYTES = 16L * 1024 * 1024;

    private SparkJob() {
    }

    public static void main(String[] args) throws java.io.IOException {
        List<String> inputs = new ArrayList<>();
        String out = null, master = null;
        boolean jsonl = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-o", "--output" -> out = value(args, ++i);
                case "--master" -> master = value(args, ++i);
                case "--jsonl" -> jsonl = true;
                default -> {
                    if (args[i].startsWith("-")) {
                        throw usage("unknown option " + args[i]);
                    }
                    inputs.add(args[i]);
                }
            }
        }
        if (out == null || inputs.isEmpty()) {
            throw usage(out == null ? "no output directory (-o OUT)" : "no input paths");
        }
        SparkSession.Builder builder = SparkSession.builder().appName("sitrep").config("spark.sql.debug.maxToStringFields", 100);
        if (master != null || !new org.apache.spark.SparkConf().contains("spark.master")) { // spark-submit sets it
            builder.master(master != null ? master : "local[*]");
        }
        long start = System.nanoTime();
        try (SparkSession spark = builder.getOrCreate()) {
            Summary s = run(spark, inputs, out, jsonl);
            System.out.printf("sitrep spark: %d articles, %d events, %d reports, %d records left out (see %s/errors) in %.1f s%n",
                    s.articles(), s.events(), s.reports(), s.errors(), out, (System.nanoTime() - start) / 1e9);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static IllegalArgumentException usage(String why) {
        return new IllegalArgumentException(why + "; usage: SparkJob [--master URL] [--jsonl] -o OUT INPUT...");
    }

    /** Runs the job on an open session; inputs are paths, directories or globs, comma-free. */
    public static Summary run(SparkSession spark, List<String> inputs, String out, boolean jsonl) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        int cores = sc.defaultParallelism();
        JavaRDD<Extracted> extracted = sc.binaryFiles(String.join(",", inputs), cores).flatMap(new Reading())
                .repartition(cores * TASKS_PER_CORE).mapPartitions(new Extraction()).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Extracted> versions = versions(extracted);
        JavaRDD<Extracted> latest = versions.mapToPair(x -> new Tuple2<>(x.article().id(), x)).leftOuterJoin(Copies.originals(versions))
                .map(t -> t._2()._1().withOriginal(t._2()._2().orElse(null))).persist(StorageLevel.MEMORY_AND_DISK());
        spark.createDataFrame(latest.map(SparkJob::articleRow), articleSchema()).orderBy("file", "position").write()
                .mode(SaveMode.Overwrite).option("compression", "gzip").option("parquet.enable.dictionary", "false")
                .option("parquet.block.size", ARTICLE_ROW_GROUP_BYTES).parquet(out + "/articles");
        JavaRDD<Tuple2<String, Row>> merged = merged(latest, cores);
        Summary s = write(spark, extracted, merged, out, jsonl);
        merged.unpersist();
        latest.unpersist();
        versions.unpersist();
        extracted.unpersist();
        return s;
    }

    /** The articles the store would keep: one version per id, then per canonical URL. */
    private static JavaRDD<Extracted> versions(JavaRDD<Extracted> extracted) {
        return extracted.filter(x -> x.error() == null)
                .mapToPair(x -> new Tuple2<>("id " + x.article().id(), x)).reduceByKey(SparkJob::kept).values()
                .mapToPair(x -> new Tuple2<>(sameUrl(x), x)).reduceByKey(SparkJob::kept).values()
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** Each article's events cut by block, sorted by block and input order, merged a block at a time. */
    private static JavaRDD<Tuple2<String, Row>> merged(JavaRDD<Extracted> latest, int cores) {
        JavaPairRDD<BlockKey, Extracted> byBlock = latest.flatMapToPair(x -> {
            List<Tuple2<BlockKey, Extracted>> parts = new ArrayList<>();
            for (Map.Entry<String, List<String>> b : BlockMerge.blocks(x).entrySet()) {
                parts.add(new Tuple2<>(new BlockKey(b.getKey(), x.file(), x.position()), x.withEvents(b.getValue())));
            }
            return parts.iterator();
        });
        return byBlock.repartitionAndSortWithinPartitions(new ByBlock(cores)).mapPartitions(new BlockMerge())
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** Writes the events, reports, errors and (with {@code jsonl}) the Event JSON lines; says how many of each. */
    private static Summary write(SparkSession spark, JavaRDD<Extracted> extracted, JavaRDD<Tuple2<String, Row>> merged, String out,
                                 boolean jsonl) {
        Dataset<Row> events = spark.createDataFrame(rows(merged, BlockMerge.EVENT), eventSchema());
        events.drop("json").repartition(events.col("event_month")).sortWithinPartitions("event_id")
                .write().mode(SaveMode.Overwrite).partitionBy("event_month").parquet(out + "/events");
        Dataset<Row> reports = spark.createDataFrame(rows(merged, BlockMerge.REPORT), reportSchema());
        reports.repartition(reports.col("event_month")).sortWithinPartitions("event_id", "report_id")
                .write().mode(SaveMode.Overwrite).partitionBy("event_month").parquet(out + "/reports");
        JavaRDD<Extracted> unread = extracted.filter(x -> x.error() != null);
        JavaRDD<Row> failed = unread.map(x -> RowFactory.create(x.file(), x.error()))
                .union(rows(merged, BlockMerge.FAILED));
        spark.createDataFrame(failed, errorSchema()).coalesce(1).sortWithinPartitions("source", "reason")
                .write().mode(SaveMode.Overwrite).json(out + "/errors");
        if (jsonl) {
            events.select("json").coalesce(1).sortWithinPartitions("json").write().mode(SaveMode.Overwrite).text(out + "/events-jsonl");
        }
        return new Summary(extracted.count() - unread.count(), failed.count(), events.count(), reports.count());
    }

    /** What makes two records one article for the store besides their id: the same canonical URL. */
    private static String sameUrl(Extracted x) {
        String canonical = CanonicalUrl.of(x.article().url());
        return canonical != null ? "url " + canonical : "id " + x.article().id();
    }

    /** Of two versions of one article (same id, or same URL), the one the store keeps: the first when the text is the same, else the later. */
    private static Extracted kept(Extracted a, Extracted b) {
        Extracted first = b.after(a) ? a : b, second = first == a ? b : a;
        return second.article().text().equals(first.article().text()) ? first : second;
    }

    private static JavaRDD<Row> rows(JavaRDD<Tuple2<String, Row>> merged, String kind) {
        return merged.filter(t -> t._1().equals(kind)).map(Tuple2::_2);
    }

    private static StructType eventSchema() {
        List<StructField> fields = new ArrayList<>();
        for (EventColumns.Column c : EventColumns.ALL) {
            fields.add(DataTypes.createStructField(c.name(), sparkType(c.type()), !c.required()));
        }
        fields.add(DataTypes.createStructField("event_month", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("json", DataTypes.StringType, false));
        return DataTypes.createStructType(fields);
    }

    private static DataType sparkType(Type t) {
        return switch (t) {
            case INT32 -> DataTypes.IntegerType;
            case DOUBLE -> DataTypes.DoubleType;
            case BYTE_ARRAY -> DataTypes.StringType;
            default -> throw new IllegalStateException("no Spark type for the export's Parquet type " + t);
        };
    }

    private static Row articleRow(Extracted x) {
        ArticleRow a = x.article();
        return RowFactory.create(x.file(), x.position(), a.id(), a.url(), a.title(), a.published(), a.category(), a.author(),
                a.language(), a.text(), String.join("\n", x.events()));
    }

    /** The articles as the store takes them: metadata, text, and the extracted events as Event JSON lines. */
    private static StructType articleSchema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("file", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("position", DataTypes.LongType, false));
        for (String name : List.of("id", "url", "title", "published", "category", "author", "language", "text", "events")) {
            fields.add(DataTypes.createStructField(name, DataTypes.StringType, !List.of("id", "text", "events").contains(name)));
        }
        return DataTypes.createStructType(fields);
    }

    private static StructType reportSchema() {
        return DataTypes.createStructType(List.of(
                DataTypes.createStructField("report_id", DataTypes.StringType, false),
                DataTypes.createStructField("event_id", DataTypes.StringType, false),
                DataTypes.createStructField("article_id", DataTypes.StringType, false),
                DataTypes.createStructField("url", DataTypes.StringType, true),
                DataTypes.createStructField("published", DataTypes.StringType, true),
                DataTypes.createStructField("json", DataTypes.StringType, false),
                DataTypes.createStructField("event_month", DataTypes.StringType, false)));
    }

    private static StructType errorSchema() {
        return DataTypes.createStructType(List.of(
                DataTypes.createStructField("source", DataTypes.StringType, false),
                DataTypes.createStructField("reason", DataTypes.StringType, false)));
    }
}
