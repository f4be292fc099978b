package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.Pipeline;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;
import org.sitrep.model.Event;

/** What every store must do, run against SQLite and PostgreSQL by the subclasses. */
abstract class StoreContract {

    private static Pipeline pipeline;
    Store store;

    /** A new, empty store for one test. */
    abstract Store emptyStore() throws Exception;

    @BeforeAll
    static void loadPipeline() {
        pipeline = Pipeline.standard();
    }

    @BeforeEach
    void open() throws Exception {
        store = emptyStore();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    static ArticleResult extract(String id, String url, String published, String text) {
        return pipeline.process(new Article(id, url, null, LocalDate.parse(published), null, null, null, text));
    }

    static final String KHARKIV_11 = "At least 11 civilians were injured late Sunday when Russia fired a ballistic missile at a residential district of Kharkiv, the governor said.";
    static final String KHARKIV_13 = "The number of people injured in Sunday's Russian ballistic missile strike on Kharkiv has risen to 13, the mayor said.";

    private List<Event> attacks() {
        return store.events(EventQuery.builder().category("attack").build()).stream().map(StoredEvent::event).toList();
    }

    @Test
    void storesAnArticleWithItsReportsAndEvents() {
        IngestOutcome o = store.put(extract("a1", "https://example.org/a1", "2025-08-18", KHARKIV_11));
        assertEquals(IngestOutcome.Status.NEW, o.status());
        assertEquals(1, o.eventsCreated());
        assertEquals(new Store.Counts(1, 1, 1), store.counts());
        Event e = attacks().get(0);
        assertEquals("Kharkiv", e.location().name());
        assertEquals(11, e.casualties().injured().best());
    }

    @Test
    void storingTheSameArticleAgainChangesNothing() {
        store.put(extract("a1", null, "2025-08-18", KHARKIV_11));
        IngestOutcome again = store.put(extract("a1", null, "2025-08-18", KHARKIV_11));
        assertEquals(IngestOutcome.Status.UNCHANGED, again.status());
        assertEquals(new Store.Counts(1, 1, 1), store.counts());
    }

    @Test
    void aGroupKeepsItsGoodArticlesWhenOneOfThemCannotBeStored() {
        ArticleResult good = extract("a1", null, "2025-08-18", KHARKIV_11);
        ArticleResult other = extract("a2", null, "2025-08-18", KHARKIV_13);
        ArticleResult twice = extract("bad", null, "2025-08-18", KHARKIV_11.replace("11", "12"));
        ArticleResult broken = new ArticleResult(twice.article(), List.of(twice.events().get(0), twice.events().get(0)), List.of());
        List<Store.Put> puts = store.putAll(List.of(good, broken, other));
        assertEquals(List.of("a1", "bad", "a2"), puts.stream().map(Store.Put::articleId).toList());
        assertEquals(IngestOutcome.Status.NEW, puts.get(0).outcome().status());
        assertTrue(puts.get(1).error().getMessage().contains("bad"), puts.get(1).error().getMessage());
        assertEquals(IngestOutcome.Status.NEW, puts.get(2).outcome().status());
        assertEquals(new Store.Counts(2, 2, 1), store.counts());
        assertEquals(13, attacks().get(0).casualties().injured().best());
    }

    @Test
    void aNewVersionOfTheSameUrlReplacesItsReports() {
        store.put(extract("v1", "https://example.org/story", "2025-08-18", KHARKIV_11));
        IngestOutcome o = store.put(extract("v2", "https://example.org/story", "2025-08-18",
                KHARKIV_11.replace("At least 11", "At least 14")));
        assertEquals(IngestOutcome.Status.REPLACED, o.status());
        assertEquals(new Store.Counts(1, 1, 1), store.counts());
        assertEquals(14, attacks().get(0).casualties().injured().best());
    }

    @Test
    void theSamePageUnderAnAmpOrTrackedUrlIsTheSameArticle() {
        store.put(extract("v1", "https://www.example.org/story", "2025-08-18", KHARKIV_11));
        IngestOutcome same = store.put(extract("v1-amp", "https://m.example.org/story/amp?utm_source=twitter", "2025-08-18", KHARKIV_11));
        IngestOutcome edited = store.put(extract("v1-edit", "http://example.org/story/?fbclid=x", "2025-08-18",
                KHARKIV_11.replace("At least 11", "At least 14")));
        assertEquals(IngestOutcome.Status.UNCHANGED, same.status());
        assertEquals(IngestOutcome.Status.REPLACED, edited.status());
        assertEquals(new Store.Counts(1, 1, 1), store.counts());
    }

    @Test
    void aSyndicatedCopyJoinsTheStoryAsAnotherReport() {
        String wire = KHARKIV_11 + " Rescuers were searching the rubble of a five-storey building on Monday morning, and "
                + "the regional administration said several homes, a school and a shop were damaged in the attack.";
        store.put(extract("wire", "https://wire.example/kharkiv", "2025-08-18", wire));
        IngestOutcome copy = store.put(extract("herald", "https://herald.example/news/kharkiv-strike", "2025-08-18",
                wire + " (Reporting by the Kyiv newsroom; editing by Mark Potter)"));
        assertEquals("wire", copy.copyOf());
        assertEquals(0, copy.eventsCreated());
        assertEquals(new Store.Counts(2, 2, 1), store.counts());
        StoredArticle stored = store.article("herald").orElseThrow();
        assertEquals("wire", stored.storyId());
        assertEquals(List.of("wire"), stored.copies());
        assertEquals(List.of("herald"), store.article("wire").orElseThrow().copies());
    }

    @Test
    void aCopyRetellingEventsWithoutAPlaceAddsReportsToThem() {
        String statement = "The Kremlin spokesman rejected the accusations on Monday and denied that its forces had targeted civilians. "
                + "The spokesman demanded that the talks be resumed, and said a delegation was ready to travel at short notice.";
        store.put(extract("wire-statement", "https://wire.example/kremlin", "2025-08-18", statement));
        IngestOutcome copy = store.put(extract("copy-statement", "https://daily.example/kremlin", "2025-08-18",
                statement + " Follow our live coverage."));
        assertEquals("wire-statement", copy.copyOf());
        assertEquals(0, copy.eventsCreated());
        assertTrue(copy.eventsMerged() >= 1, "the copy's statements are reports of the wire's events");
        assertTrue(store.events(EventQuery.builder().build()).stream().allMatch(e -> e.event().location() == null && e.reportCount() == 2));
    }

    @Test
    void keepsFeedStateAndTakenEntries() {
        FeedLog feeds = store.feeds();
        String url = "https://wire.example/rss";
        assertTrue(feeds.feed(url).isEmpty());
        java.time.Instant polled = java.time.Instant.parse("2025-08-18T10:00:00Z");
        feeds.save(new FeedState(url, "\"v7\"", "Mon, 18 Aug 2025 09:58:00 GMT", polled, polled.plusSeconds(300), "200", 0, null, 2));
        feeds.taken(url, "flw-1001", "page-1");
        feeds.save(new FeedState(url, "\"v8\"", null, polled.plusSeconds(300), polled.plusSeconds(600), "error", 1, "GET x: HTTP 500", 2));
        FeedState back = feeds.feed(url).orElseThrow();
        assertEquals("\"v8\"", back.etag());
        assertEquals(polled.plusSeconds(600), back.nextPoll());
        assertEquals(1, back.errors());
        assertEquals("GET x: HTTP 500", back.lastError());
        assertTrue(feeds.seen(url, "flw-1001"));
        assertFalse(feeds.seen(url, "flw-1002"));
        assertFalse(feeds.seen("https://other.example/rss", "flw-1001"));
    }

    @Test
    void mergesTwoArticlesOnTheSameStrikeKeepingTheTollAsItDeveloped() {
        store.put(extract("first", null, "2025-08-18", KHARKIV_11));
        IngestOutcome second = store.put(extract("second", null, "2025-08-18", KHARKIV_13));
        assertEquals(1, second.eventsMerged());
        List<StoredEvent> events = store.events(EventQuery.builder().category("attack").build());
        assertEquals(1, events.size());
        StoredEvent merged = store.event(events.get(0).event().id()).orElseThrow();
        assertEquals(2, merged.reports().size());
        var injured = merged.event().casualties().injured();
        assertEquals(13, injured.best(), "best is the latest report's");
        assertEquals(11, injured.low());
        assertEquals(13, injured.high());
    }

    @Test
    void letsAReportThatTheTollRoseWinOverOneOfTheSameDayStoredLater() {
        store.put(extract("update", null, "2025-08-18", KHARKIV_13));
        store.put(extract("earlier", null, "2025-08-18", KHARKIV_11));
        var injured = attacks().get(0).casualties().injured();
        assertEquals(13, injured.best(), "the report that says the toll rose is the newer, whatever the order stored");
        assertEquals(11, injured.low());
    }

    @Test
    void tellsEventsRecalledLongAfterTheyHappenedFromTheNewsOfTheDay() {
        store.put(extract("recall", null, "2025-08-18", "Russian drones struck Odesa on Sunday, killing two people, the governor said. "
                + "The city was last hit this hard in a missile strike on 2 March 2024 that killed 12 people."));
        List<String> news = dates(EventQuery.Background.EXCLUDE);
        List<String> recalled = dates(EventQuery.Background.ONLY);
        assertEquals(List.of("2025-08-17"), news);
        assertEquals(List.of("2024-03-02"), recalled);
        assertEquals(2, dates(EventQuery.Background.INCLUDE).size());
    }

    private List<String> dates(EventQuery.Background background) {
        return store.events(EventQuery.builder().category("attack").background(background).build()).stream()
                .map(e -> String.valueOf(e.event().date().start())).toList();
    }

    @Test
    void keepsTheSameCityOnAnotherDayApart() {
        store.put(extract("sunday", null, "2025-08-18", KHARKIV_11));
        store.put(extract("wednesday", null, "2025-08-21", "Russian drones struck Kharkiv on Wednesday, injuring four people, the mayor said."));
        assertEquals(2, attacks().size());
    }

    @Test
    void filtersByDatePlaceAndToll() {
        store.put(extract("kharkiv", null, "2025-08-18", KHARKIV_11));
        store.put(extract("odesa", null, "2025-08-18", "Russian drones attacked Odesa overnight, killing two people, the governor said."));
        assertEquals(1, store.events(EventQuery.builder().near(49.99, 36.23, 50).build()).size());
        assertEquals(1, store.events(EventQuery.builder().minKilled(1).build()).size());
        assertEquals(1, store.events(EventQuery.builder().minInjured(10).category("attack").build()).size());
        assertEquals(0, store.events(EventQuery.builder().from(LocalDate.of(2025, 9, 1)).build()).size());
        assertEquals(2, store.events(EventQuery.builder().country("ua").weapon("drone").build()).size()
                + store.events(EventQuery.builder().country("ua").weapon("ballistic_missile").build()).size());
    }

    @Test
    void findsEventsByTheirArticlesText() {
        store.put(extract("kharkiv", null, "2025-08-18", KHARKIV_11));
        store.put(extract("odesa", null, "2025-08-18", "Russian drones attacked Odesa overnight, killing two people, the governor said."));
        List<StoredEvent> found = store.events(EventQuery.builder().text("ballistic residential").build());
        assertEquals(1, found.size());
        assertEquals("Kharkiv", found.get(0).event().location().name());
        assertTrue(store.events(EventQuery.builder().text("\"unbalanced AND (quote").build()).isEmpty(), "odd user text is not query syntax");
        assertTrue(store.events(EventQuery.builder().text("'\"*").build()).isEmpty(), "punctuation alone finds nothing and fails nothing");
    }
}
