package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.fetch.FixtureServer;

/** {@code sitrep serve --watch}: one process serves the API and follows a feed on a loopback server into the same store. */
class ServeWatchIT {

    private static final Pattern PORT = Pattern.compile("on http://localhost:(\\d+)");

    @TempDir
    Path dir;

    @Test
    void servesEventsOfTheFeedItFollows() throws Exception {
        try (FixtureServer feeds = new FixtureServer()) {
            feeds.file("/feed.rss", "feed.rss", "application/rss+xml");
            feeds.file("/news/lviv-strike", "lviv-strike.html", "text/html");
            feeds.file("/news/odesa-drones", "odesa-drones.html", "text/html");
            Path list = Files.writeString(dir.resolve("feeds.txt"), feeds.base() + "/feed.rss\n");
            Path log = dir.resolve("serve.log");
            Process serve = new ProcessBuilder(ChildJvm.sitrep(java.util.List.of(), "serve",
                    "--port", "0", "--no-examples", "--token", "t", "--db", "jdbc:sqlite:" + dir.resolve("s.db"),
                    "--watch", list.toString(), "--every", "1m"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
            try {
                String body = "", port = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                HttpClient http = HttpClient.newHttpClient();
                while (System.nanoTime() < deadline && serve.isAlive() && !body.contains("Lviv")) {
                    Thread.sleep(500);
                    Matcher m = PORT.matcher(Files.readString(log));
                    if (m.find()) {
                        port = m.group(1);
                        body = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/events?q=Lviv")).build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                    }
                }
                assertTrue(body.contains("\"name\":\"Lviv\""), "no Lviv event served; log:\n" + Files.readString(log) + "\nlast body: " + body);
                assertTrue(Files.readString(log).contains("following 1 feed"), Files.readString(log));
                HttpResponse<String> health = null;
                while (System.nanoTime() < deadline && (health == null || !health.body().contains("\"lastStatus\":\"200\""))) {
                    Thread.sleep(200); // the feed's state is saved when its poll ends, after its entries are stored
                    health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                }
                assertTrue(health.statusCode() == 200 && health.body().contains("\"running\":true")
                        && health.body().contains("\"url\":\"" + feeds.base() + "/feed.rss\"") && health.body().contains("\"lastStatus\":\"200\""),
                        "health shows the watcher and its feed: " + health.body());
            } finally {
                serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
