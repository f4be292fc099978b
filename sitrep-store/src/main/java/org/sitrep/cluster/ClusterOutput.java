package org.sitrep.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;
import org.sitrep.model.Event;
import org.sitrep.output.EventJson;

/**
 * The output of {@code sitrep spark}, loaded into a store: its {@code articles} (each article with the events the
 * cluster extracted, in input order) are stored as {@code sitrep ingest} stores them, without extracting again, so
 * the store holds the events the cluster merged (the same store rules, in the same order).
 */
public final class ClusterOutput {

    private ClusterOutput() {
    }

    /** Whether a directory is a {@code sitrep spark} output: it holds {@code articles/} with Parquet files. */
    public static boolean isOutput(Path dir) {
        return Files.isDirectory(dir.resolve("articles")) && !parts(dir).isEmpty();
    }

    /**
     * The articles in input order, a group of {@code group} at a time; a part that cannot be read goes to
     * {@code errors} (with the rows before the damage already handed on) and the next part is read.
     */
    public static void read(Path dir, int group, Consumer<List<ArticleResult>> sink, Consumer<String> errors) {
        List<ArticleResult> batch = new ArrayList<>(group);
        for (Path part : parts(dir)) {
            try {
                ParquetRows.read(part, row -> {
                    batch.add(result(part, row));
                    if (batch.size() == group) {
                        sink.accept(List.copyOf(batch));
                        batch.clear();
                    }
                });
            } catch (IOException | RuntimeException e) {
                errors.accept("cannot read " + part + ": " + e.getMessage());
            }
        }
        if (!batch.isEmpty()) {
            sink.accept(List.copyOf(batch));
        }
    }

    private static ArticleResult result(Path part, java.util.Map<String, Object> row) {
        String published = (String) row.get("published"), events = (String) row.get("events");
        Article a = new Article((String) row.get("id"), (String) row.get("url"), (String) row.get("title"),
                published == null ? null : LocalDate.parse(published), (String) row.get("category"), (String) row.get("author"),
                (String) row.get("language"), (String) row.get("text"));
        List<Event> read = events == null || events.isEmpty() ? List.of()
                : Arrays.stream(events.split("\n")).map(EventJson::readEvent).toList();
        return new ArticleResult(a, read, List.of());
    }

    /** The Parquet parts of the articles, in name order (which is input order: the job sorts before it writes). */
    private static List<Path> parts(Path dir) {
        try (Stream<Path> files = Files.list(dir.resolve("articles"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

}
