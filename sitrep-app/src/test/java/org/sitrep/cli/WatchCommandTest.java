package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.fetch.FixtureServer;
import org.sitrep.store.Store;

class WatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void onceStoresTheGoodFeedAndExitsOneBecauseAnotherFailed() throws IOException {
        try (FixtureServer server = new FixtureServer()) {
            server.file("/feed.rss", "feed.rss", "application/rss+xml");
            for (String page : new String[] {"lviv-strike", "odesa-drones"}) {
                server.file("/news/" + page, page + ".html", "text/html");
            }
            Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# wires\n" + server.base() + "/feed.rss\n"
                    + server.base() + "/gone.rss  # moved away\n");
            String db = "jdbc:sqlite:" + dir.resolve("w.db");
            CliRun r = CliRun.of("watch", "--feeds", feeds.toString(), "--once", "--delay", "0s", "--db", db);
            assertEquals(1, r.status(), r.err());
            assertTrue(r.err().contains("2 feeds polled (0 not modified, 1 failed); 2 new entries, 2 articles stored"), r.err());
            assertTrue(r.err().contains("/gone.rss: failed (GET " + server.base() + "/gone.rss: HTTP 404)"), r.err());
            try (Store store = Store.open(db)) {
                assertEquals(2, store.counts().articles());
            }
        }
    }

    @Test
    void aFeedsFileLineThatIsNotAUrlIsNamed() throws IOException {
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "https://wire.example/rss\nftp://wire.example/rss\n");
        CliRun r = CliRun.of("watch", "--feeds", feeds.toString(), "--once", "--db", "jdbc:sqlite:" + dir.resolve("w.db"));
        assertEquals(2, r.status());
        assertTrue(r.err().contains("feeds.txt line 2: not an http(s) URL: 'ftp://wire.example/rss'"), r.err());
    }

    @Test
    void aPollIntervalThatIsNotADurationIsNamed() throws IOException {
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "https://wire.example/rss\n");
        CliRun r = CliRun.of("watch", "--feeds", feeds.toString(), "--every", "often");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("not a duration: 'often'"), r.err());
    }
}
