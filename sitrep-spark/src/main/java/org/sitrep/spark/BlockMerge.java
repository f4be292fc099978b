package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.sitrep.export.EventColumns;
import org.sitrep.merge.Report;
import org.sitrep.model.ArticleResult;
import org.sitrep.model.Event;
import org.sitrep.output.EventJson;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;
import scala.Tuple2;

/**
 * Merges one partition's blocks, a block at a time, with the store's own rules: each block's articles (with the
 * events of that block only) go in input order into a fresh SQLite store in the executor's temporary directory, exactly
 * as {@code sitrep ingest} stores them (the same-attack rule, re-merging; syndicated copies as the job found them over
 * all articles), and its events and
 * reports are read back as rows. Attacks merge only within one country, so a block never holds half of an event.
 */
final class BlockMerge implements FlatMapFunction<Iterator<Tuple2<BlockKey, Extracted>>, Tuple2<String, Row>> {

    static final String EVENT = "event", REPORT = "report", FAILED = "failed";
    private static final int GROUP = Store.INGEST_GROUP;

    /** An article's events grouped by block: the country code of each event's place, "" where it has none. */
    static Map<String, List<String>> blocks(Extracted x) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : x.events()) {
            Event e = EventJson.readEvent(line);
            String block = e.location() == null || e.location().countryCode() == null ? "" : e.location().countryCode();
            out.computeIfAbsent(block, b -> new ArrayList<>()).add(line);
        }
        return out;
    }

    @Override
    public Iterator<Tuple2<String, Row>> call(Iterator<Tuple2<BlockKey, Extracted>> sorted) throws IOException {
        List<Tuple2<String, Row>> out = new ArrayList<>();
        Path dir = Files.createTempDirectory("sitrep-block");
        try {
            String block = null;
            Store store = null;
            List<ArticleResult> group = new ArrayList<>(GROUP);
            Map<String, String> originals = new java.util.HashMap<>(); // the group's copies: article id -> the id of its original
            int n = 0;
            while (sorted.hasNext()) {
                Tuple2<BlockKey, Extracted> next = sorted.next();
                if (!next._1().block().equals(block)) {
                    if (store != null) {
                        finish(store, group, originals, out);
                    }
                    block = next._1().block();
                    store = Store.open("jdbc:sqlite:" + dir.resolve("block-" + n++ + ".db"));
                }
                Extracted x = next._2();
                if (x.original() != null) {
                    originals.put(x.article().id(), x.original());
                }
                group.add(new ArticleResult(x.article().article(), x.events().stream().map(EventJson::readEvent).toList(), List.of()));
                if (group.size() == GROUP) {
                    put(store, group, originals, out);
                }
            }
            if (store != null) {
                finish(store, group, originals, out);
            }
        } finally {
            delete(dir);
        }
        return out.iterator();
    }

    private static void put(Store store, List<ArticleResult> group, Map<String, String> originals, List<Tuple2<String, Row>> out) {
        for (Store.Put p : store.putAll(group, originals)) {
            if (p.error() != null) {
                out.add(new Tuple2<>(FAILED, RowFactory.create(p.articleId(), "not merged: " + p.error().getMessage())));
            }
        }
        originals.clear();
        group.clear();
    }

    /** Stores the block's last articles, writes out its events and reports, and closes its store. */
    private static void finish(Store store, List<ArticleResult> group, Map<String, String> originals, List<Tuple2<String, Row>> out) {
        try (store) {
            put(store, group, originals, out);
            for (StoredEvent listed : store.events(EventQuery.all())) {
                StoredEvent s = store.event(listed.event().id()).orElseThrow();
                String month = month(s.event());
                out.add(new Tuple2<>(EVENT, eventRow(s, month)));
                for (Report r : s.reports()) {
                    out.add(new Tuple2<>(REPORT, RowFactory.create(r.id(), s.event().id(), r.articleId(), r.url(),
                            r.published() == null ? null : r.published().toString(), EventJson.eventLine(r.event()), month)));
                }
            }
        }
    }

    /** The export's columns, then the month partition and the event's JSON line with its report count. */
    private static Row eventRow(StoredEvent s, String month) {
        Object[] values = new Object[EventColumns.ALL.size() + 2];
        for (int i = 0; i < EventColumns.ALL.size(); i++) {
            values[i] = EventColumns.ALL.get(i).value().apply(s);
        }
        values[values.length - 2] = month;
        values[values.length - 1] = s.line();
        return RowFactory.create(values);
    }

    /** The month an event began in ("2025-08"), or "unknown" when its date is unresolved. */
    static String month(Event e) {
        return e.date() == null || e.date().start() == null ? "unknown" : e.date().start().toString().substring(0, 7);
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the merge's temporary store " + dir, e);
        }
    }
}
