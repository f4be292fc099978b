package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Pipeline;
import org.sitrep.ingest.Articles;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;
import org.sitrep.store.EventQuery;
import org.sitrep.store.IngestOutcome;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;

/**
 * Syndicated copies on the near-duplicate test set (src/test/resources/org/sitrep/merge/stories): copies
 * of one wire story must share a story and add reports, never events; other outlets' own stories on the same
 * attacks must stay stories of their own, their attacks merged with the wire story's as separate reports.
 */
class StoryGroupingSetTest {

    private static final Map<String, String> STORY = new HashMap<>();
    private static final Map<String, String> ATTACK = new HashMap<>();
    private static final Map<String, ArticleResult> RESULTS = new HashMap<>();
    private static List<String> ids;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSet() throws IOException, URISyntaxException {
        Path set = Path.of(StoryGroupingSetTest.class.getResource("/org/sitrep/merge/stories").toURI());
        for (String line : Files.readAllLines(set.resolve("stories.tsv"))) {
            String[] f = line.split("\t");
            STORY.put(f[0], f[1]);
            ATTACK.put(f[0], f[2]);
        }
        ids = STORY.keySet().stream().sorted().toList();
        Pipeline pipeline = Pipeline.standard();
        for (String id : ids) {
            Article a = new Articles().readFile(set.resolve(id + ".txt")).articles().get(0);
            RESULTS.put(id, pipeline.process(a));
        }
    }

    @Test
    void copiesShareAStoryAndOtherStoriesStayApart() {
        Map<String, String> storyOf = new HashMap<>();
        try (Store store = Store.open("jdbc:sqlite:" + dir.resolve("stories.db"))) {
            ids.forEach(id -> store.put(RESULTS.get(id)));
            ids.forEach(id -> storyOf.put(id, store.article(id).orElseThrow().storyId()));
        }
        int tp = 0, fp = 0, fn = 0;
        StringBuilder wrong = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i), b = ids.get(j);
                boolean same = STORY.get(a).equals(STORY.get(b));
                boolean grouped = storyOf.get(a).equals(storyOf.get(b));
                tp += same && grouped ? 1 : 0;
                fp += !same && grouped ? 1 : 0;
                fn += same && !grouped ? 1 : 0;
                if (same != grouped) {
                    wrong.append("\n  ").append(grouped ? "grouped but different: " : "apart but copies: ").append(a).append(" + ").append(b);
                }
            }
        }
        String report = String.format("story pairs: precision %.3f, recall %.3f (%d copy pairs)%s",
                tp + fp == 0 ? 1.0 : (double) tp / (tp + fp), tp + fn == 0 ? 1.0 : (double) tp / (tp + fn), tp + fn, wrong);
        System.out.println(report);
        assertEquals(0, fp + fn, report);
    }

    @Test
    void copiesAddReportsAndOnlyEventsNoEarlierCopyTold() {
        int copyEvents = 0, copies = 0, toldBefore = 0, newInCopies = 0;
        try (Store store = Store.open("jdbc:sqlite:" + dir.resolve("all.db"))) {
            for (String id : ids) {
                List<String> earlier = ids.stream().filter(o -> o.compareTo(id) < 0 && STORY.get(o).equals(STORY.get(id))).toList();
                IngestOutcome o = store.put(RESULTS.get(id));
                if (earlier.isEmpty()) {
                    assertEquals(null, o.copyOf(), id + " is the first of its story");
                    continue;
                }
                copies++;
                copyEvents += o.eventsCreated();
                assertTrue(o.copyOf() != null, id + " is a copy but was stored as a story of its own");
                Set<String> told = new HashSet<>();
                earlier.forEach(e -> RESULTS.get(e).events().forEach(ev -> told.add(key(ev))));
                for (var ev : RESULTS.get(id).events()) {
                    if (told.contains(key(ev))) {
                        toldBefore++;
                    } else {
                        newInCopies++;
                    }
                }
            }
            Set<String> reported = new HashSet<>();
            for (StoredEvent e : store.events(EventQuery.builder().build())) {
                for (Report r : store.event(e.event().id()).orElseThrow().reports()) {
                    reported.add(r.articleId());
                }
            }
            assertTrue(reported.containsAll(ids), "every article is a report of some event: " + reported);
        }
        assertEquals(4, copies);
        assertTrue(toldBefore >= copies, "the copies retell their stories' events: " + toldBefore);
        assertEquals(newInCopies, copyEvents, "events created by copies, against events no earlier copy told");
    }

    /** What a reader compares to say two copies tell the same event. */
    private static String key(org.sitrep.model.Event e) {
        return e.category() + " " + e.plover() + " " + e.date().start() + " " + (e.location() == null ? "" : e.location().name());
    }

    @Test
    void ownStoriesOnTheSameAttackMergeAsSeparateReports() {
        try (Store store = Store.open("jdbc:sqlite:" + dir.resolve("own.db"))) {
            ids.forEach(id -> store.put(RESULTS.get(id)));
            for (String own : List.of("s1-own", "s2-own")) {
                String wire = ATTACK.get(own);
                Set<String> ownEvents = new HashSet<>(), wireEvents = new HashSet<>();
                store.article(own).orElseThrow().events().forEach(e -> ownEvents.add(e.event().id()));
                store.article(wire).orElseThrow().events().forEach(e -> wireEvents.add(e.event().id()));
                ownEvents.retainAll(wireEvents);
                assertTrue(!ownEvents.isEmpty(), own + " shares no event with " + wire);
                assertTrue(store.article(own).orElseThrow().copies().isEmpty(), own + " is its own story");
            }
        }
    }
}
