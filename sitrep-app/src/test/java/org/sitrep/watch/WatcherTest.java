package org.sitrep.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Pipeline;
import org.sitrep.fetch.FetchSettings;
import org.sitrep.fetch.FixtureServer;
import org.sitrep.fetch.PageFetcher;
import org.sitrep.model.Article;
import org.sitrep.store.EventQuery;
import org.sitrep.store.FeedState;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;

/** The watcher against a loopback server with fixture feeds and pages (sitrep-core's org/sitrep/fetch fixtures). */
class WatcherTest {

    private static Pipeline pipeline;
    private final FixtureServer server = new FixtureServer();
    private final AtomicReference<String> feedVersion = new AtomicReference<>("feed.rss");
    private final List<String> said = new CopyOnWriteArrayList<>();
    private final PageFetcher fetcher = PageFetcher.standard(FetchSettings.defaults()
            .withHostDelay(Duration.ZERO).withTimeout(Duration.ofMillis(800)));

    @TempDir
    Path dir;

    @BeforeAll
    static void loadPipeline() {
        pipeline = Pipeline.standard();
    }

    @BeforeEach
    void routes() {
        server.file("/robots.txt", "robots.txt", "text/plain");
        server.route("/feed.rss", ex -> {
            String version = feedVersion.get(), etag = "\"" + version + "\"";
            ex.getResponseHeaders().set("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                FixtureServer.send(ex, 304, null, new byte[0]);
            } else {
                FixtureServer.send(ex, 200, "application/rss+xml", server.fixture(version).getBytes(StandardCharsets.UTF_8));
            }
        });
        for (String page : List.of("lviv-strike", "odesa-drones", "dnipro-toll")) {
            server.file("/news/" + page, page + ".html", "text/html; charset=utf-8");
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Watcher watcher(Store store, String... feedPaths) {
        List<String> feeds = java.util.Arrays.stream(feedPaths).map(p -> server.base() + p).toList();
        return new Watcher(feeds, pipeline, store, fetcher, WatchSettings.every(Duration.ofMinutes(5)), said::add, Clock.systemUTC());
    }

    private Store store() {
        return Store.open("jdbc:sqlite:" + dir.resolve("watch.db"));
    }

    @Test
    void goodFeedBecomesArticlesWithTheirEvents() throws Exception {
        try (Store store = store()) {
            PollSummary s = watcher(store, "/feed.rss").pollAll();
            assertEquals(new PollSummary(1, 0, 0, 2, 2, s.events()), s);
            assertEquals(2, store.counts().articles());
            List<StoredEvent> lviv = store.events(EventQuery.builder().category("attack").build()).stream()
                    .filter(e -> e.event().location() != null && e.event().location().name().equals("Lviv")).toList();
            assertEquals(1, lviv.size(), said.toString());
            assertEquals(4, lviv.get(0).event().casualties().killed().best());
            assertEquals(server.base() + "/news/lviv-strike", store.event(lviv.get(0).event().id()).orElseThrow().reports().get(0).url(),
                    "the page's canonical link, without the feed's tracking parameters");
        }
    }

    @Test
    void changedFeedTakesOnlyNewEntriesAndUnchangedFeedAnswers304() throws Exception {
        try (Store store = store()) {
            Watcher w = watcher(store, "/feed.rss");
            w.pollAll();
            feedVersion.set("feed-updated.rss");
            PollSummary changed = w.pollAll();
            PollSummary unchanged = w.pollAll();
            assertEquals(1, changed.newEntries());
            assertEquals(1, server.requests().stream().filter(r -> r.path().startsWith("/news/lviv-strike")).count(),
                    "an entry already taken is not fetched again");
            assertEquals(1, server.requests("/news/dnipro-toll").size());
            assertEquals(new PollSummary(1, 1, 0, 0, 0, 0), unchanged);
            assertEquals("\"feed-updated.rss\"", server.requests("/feed.rss").get(2).header("If-None-Match"));
            Article dnipro = store.article(reportingArticle(store, "Dnipro toll")).orElseThrow().article();
            assertEquals("Dnipro toll rises to seven", dnipro.title(), "the page has no title: the entry's is used");
            assertEquals(LocalDate.of(2025, 7, 20), dnipro.published(), "the page has no date: the entry's is used");
        }
    }

    @Test
    void feedStateSurvivesARestart() throws Exception {
        try (Store store = store()) {
            watcher(store, "/feed.rss").pollAll();
        }
        try (Store reopened = store()) {
            PollSummary s = watcher(reopened, "/feed.rss").pollAll();
            assertEquals(1, s.notModified());
            FeedState state = reopened.feeds().feed(server.base() + "/feed.rss").orElseThrow();
            assertEquals("304", state.lastStatus());
            assertEquals(2, state.entries());
            assertTrue(reopened.feeds().seen(server.base() + "/feed.rss", "flw-1002"));
        }
    }

    @Test
    void brokenFeedsAreRecordedAndNeverStopTheOthers() throws Exception {
        server.route("/down.rss", ex -> FixtureServer.send(ex, 500, "text/plain", "down".getBytes(StandardCharsets.UTF_8)));
        server.file("/malformed.rss", "malformed.rss", "application/rss+xml");
        server.route("/slow.rss", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FixtureServer.send(ex, 200, "application/rss+xml", server.fixture("feed.rss").getBytes(StandardCharsets.UTF_8));
        });
        try (Store store = store()) {
            PollSummary s = watcher(store, "/missing.rss", "/down.rss", "/malformed.rss", "/slow.rss", "/feed.rss").pollAll();
            assertEquals(5, s.feeds());
            assertEquals(4, s.failed());
            assertEquals(2, s.articles(), "the good feed's entries are stored");
            FeedState missing = store.feeds().feed(server.base() + "/missing.rss").orElseThrow();
            FeedState slow = store.feeds().feed(server.base() + "/slow.rss").orElseThrow();
            FeedState malformed = store.feeds().feed(server.base() + "/malformed.rss").orElseThrow();
            assertEquals("404", missing.lastStatus());
            assertEquals(1, missing.errors());
            assertTrue(slow.lastError().contains("within"), slow.lastError());
            assertTrue(malformed.lastError().startsWith("not a readable RSS or Atom feed"), malformed.lastError());
            assertTrue(missing.nextPoll().isAfter(missing.lastPolled()));
        }
    }

    @Test
    void failingFeedWaitsLongerAfterEachFailure() {
        WatchSettings every5m = WatchSettings.every(Duration.ofMinutes(5));
        assertEquals(Duration.ofMinutes(5), every5m.backoff(1));
        assertEquals(Duration.ofMinutes(20), every5m.backoff(3));
        assertEquals(Duration.ofHours(6), every5m.backoff(20));
    }

    @Test
    void unreadablePageFallsBackToTheEntryTextAndMissingOnesAreSkipped() throws Exception {
        server.route("/news/lviv-strike", ex -> FixtureServer.send(ex, 404, "text/plain", new byte[0]));
        try (Store store = store()) {
            PollSummary s = watcher(store, "/feed.rss").pollAll();
            assertEquals(2, s.newEntries());
            assertEquals(2, s.articles(), said.toString());
            String lviv = reportingArticle(store, "Missile strike kills four in Lviv");
            assertTrue(lviv.startsWith("entry-"), "the Lviv entry's own text became an article: " + lviv);
        }
    }

    @Test
    void pageInAnotherEncodingIsDecodedByItsDeclaredCharset() throws Exception {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>Kharkiv</title>"
                + "<link>" + server.base() + "/news/kharkiv-1251</link><guid>k-1</guid></item></channel></rss>";
        server.route("/cp1251.rss", ex -> FixtureServer.send(ex, 200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8)));
        String page = "<html><head><title>Удар по Харкову</title><meta name=\"date\" content=\"2025-08-18\"></head><body><article>"
                + "<p>A Russian missile hit Kharkiv (Харків) on Monday, injuring three people, the regional governor said.</p></article></body></html>";
        server.route("/news/kharkiv-1251", ex -> FixtureServer.send(ex, 200, "text/html; charset=windows-1251",
                page.getBytes(java.nio.charset.Charset.forName("windows-1251"))));
        try (Store store = store()) {
            watcher(store, "/cp1251.rss").pollAll();
            Article a = store.article(reportingArticle(store, "Удар по Харкову")).orElseThrow().article();
            assertTrue(a.text().contains("Kharkiv (Харків)"), a.text());
        }
    }

    /** The id of the stored article with this title that reported an event. */
    private static String reportingArticle(Store store, String titleStart) {
        return store.events(EventQuery.builder().build()).stream()
                .flatMap(e -> store.event(e.event().id()).orElseThrow().reports().stream())
                .map(r -> store.article(r.articleId()).orElseThrow().article())
                .filter(a -> a.title() != null && a.title().startsWith(titleStart)).map(Article::id).findFirst()
                .orElseThrow(() -> new AssertionError("no article titled '" + titleStart + "' reported an event"));
    }

    @Test
    void keepsWatchingWhenAWholePollFails() throws Exception {
        Store store = store();
        Watcher w = watcher(store, "/feed.rss");
        store.close(); // every read and write of the store now fails
        Thread t = new Thread(() -> {
            try {
                w.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (said.stream().noneMatch(m -> m.contains("a poll failed")) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(said.stream().anyMatch(m -> m.contains("a poll failed")), said.toString());
            assertTrue(t.isAlive(), "the watcher thread lives on");
        } finally {
            t.interrupt();
            t.join(5000);
        }
    }
}
