package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Pipeline;
import org.sitrep.ingest.Articles;
import org.sitrep.model.Article;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;

/**
 * The merge rules on the merge test set (src/test/resources/org/sitrep/merge): pairwise precision and recall
 * of "these two reports are one event" against the truth, with floors to keep them.
 */
class RuleMergerSetTest {

    private static final double PRECISION_FLOOR = 1.0;
    private static final double RECALL_FLOOR = 1.0;

    @TempDir
    Path dir;

    @Test
    void mergesVersionsOfOneStrikeAndKeepsOtherStrikesApart() throws IOException, URISyntaxException {
        Path set = Path.of(getClass().getResource("/org/sitrep/merge").toURI());
        Map<String, String> truth = new HashMap<>();
        for (String line : Files.readAllLines(set.resolve("truth.tsv"))) {
            String[] kv = line.split("\t");
            truth.put(kv[0], kv[1]);
        }
        Pipeline pipeline = Pipeline.standard();
        Map<String, String> eventOf = new HashMap<>();
        try (Store store = Store.open("jdbc:sqlite:" + dir.resolve("merge.db"))) {
            for (String id : truth.keySet().stream().sorted().toList()) {
                Article a = new Articles().readFile(set.resolve(id + ".txt")).articles().get(0);
                store.put(pipeline.process(a));
            }
            for (StoredEvent s : store.events(EventQuery.builder().category("attack").build())) {
                for (Report r : store.event(s.event().id()).orElseThrow().reports()) {
                    eventOf.put(r.articleId(), s.event().id());
                }
            }
        }
        int tp = 0, fp = 0, fn = 0;
        List<String> ids = truth.keySet().stream().sorted().toList();
        StringBuilder wrong = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i), b = ids.get(j);
                boolean same = truth.get(a).equals(truth.get(b));
                boolean merged = eventOf.get(a) != null && eventOf.get(a).equals(eventOf.get(b));
                if (same && merged) {
                    tp++;
                } else if (merged) {
                    fp++;
                    wrong.append("\n  merged but different: ").append(a).append(" + ").append(b);
                } else if (same) {
                    fn++;
                    wrong.append("\n  apart but the same: ").append(a).append(" + ").append(b);
                }
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        String report = String.format("merge pairs: precision %.3f, recall %.3f (%d same-attack pairs)%s", precision, recall, tp + fn, wrong);
        System.out.println(report);
        assertTrue(precision >= PRECISION_FLOOR && recall >= RECALL_FLOOR, report);
    }
}
