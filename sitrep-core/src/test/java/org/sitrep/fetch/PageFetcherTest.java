package org.sitrep.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageFetcherTest {

    private final FixtureServer server = new FixtureServer();
    private final FetchSettings fast = FetchSettings.defaults().withHostDelay(Duration.ZERO).withTimeout(Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchResponse get(PageFetcher f, String path) throws FetchException {
        return f.fetch(FetchRequest.of(server.base() + path));
    }

    @Test
    void fetchesPageWithItsValidatorsAndSendsUserAgent() throws Exception {
        server.route("/news/a", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Mon, 14 Jul 2025 08:00:00 GMT");
            FixtureServer.send(ex, 200, "text/html; charset=utf-8", "<p>hello</p>".getBytes(StandardCharsets.UTF_8));
        });
        FetchResponse r = get(PageFetcher.standard(fast), "/news/a");
        assertEquals(200, r.status());
        assertArrayEquals("<p>hello</p>".getBytes(StandardCharsets.UTF_8), r.body());
        assertEquals("\"v1\"", r.etag());
        assertEquals("Mon, 14 Jul 2025 08:00:00 GMT", r.lastModified());
        assertEquals(FetchSettings.USER_AGENT, server.requests("/news/a").get(0).header("User-Agent"));
    }

    @Test
    void sendsValidatorsAndReportsNotModified() throws Exception {
        server.route("/feed", ex -> {
            boolean same = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            FixtureServer.send(ex, same ? 304 : 200, "application/rss+xml", same ? new byte[0] : "<rss/>".getBytes(StandardCharsets.UTF_8));
        });
        PageFetcher f = PageFetcher.standard(fast);
        FetchResponse first = get(f, "/feed");
        FetchResponse second = f.fetch(new FetchRequest(URI.create(server.base() + "/feed"), first.etag(), null));
        assertFalse(first.notModified());
        assertTrue(second.notModified());
        assertEquals(0, second.body().length);
        assertEquals("\"v1\"", server.requests("/feed").get(1).header("If-None-Match"));
    }

    @Test
    void clientErrorsAreFinalAndServerErrorsRetryable() {
        server.route("/boom", ex -> FixtureServer.send(ex, 500, "text/plain", "down".getBytes(StandardCharsets.UTF_8)));
        PageFetcher f = PageFetcher.standard(fast);
        FetchException missing = assertThrows(FetchException.class, () -> get(f, "/gone"));
        FetchException down = assertThrows(FetchException.class, () -> get(f, "/boom"));
        assertEquals(404, missing.status());
        assertFalse(missing.retryable());
        assertTrue(missing.getMessage().contains("/gone") && missing.getMessage().contains("HTTP 404"), missing.getMessage());
        assertEquals(500, down.status());
        assertTrue(down.retryable());
    }

    @Test
    void slowServerTimesOut() {
        server.route("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FixtureServer.send(ex, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        });
        PageFetcher f = PageFetcher.standard(fast.withTimeout(Duration.ofMillis(500)));
        FetchException e = assertThrows(FetchException.class, () -> get(f, "/slow"));
        assertTrue(e.retryable());
        assertTrue(e.getMessage().contains("/slow") && e.getMessage().contains("within"), e.getMessage());
    }

    @Test
    void fiftyMegabytePageIsCutAtTheSizeLimit() {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        server.route("/huge", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to reject up front
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 50 * 16; i++) {
                    out.write(chunk);
                }
            }
        });
        server.route("/declared", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 50L * 1024 * 1024);
            ex.getResponseBody().write(chunk);
        });
        PageFetcher f = PageFetcher.standard(fast.withMaxBytes(1024 * 1024));
        FetchException streamed = assertThrows(FetchException.class, () -> get(f, "/huge"));
        FetchException declared = assertThrows(FetchException.class, () -> get(f, "/declared"));
        assertFalse(streamed.retryable());
        assertTrue(streamed.getMessage().contains("size limit"), streamed.getMessage());
        assertTrue(declared.getMessage().contains("52428800 bytes"), declared.getMessage());
    }

    @Test
    void followsRedirectsUpToABound() throws Exception {
        server.route("/old", ex -> redirect(ex, "/new"));
        server.route("/new", ex -> FixtureServer.send(ex, 200, "text/html", "<p>moved</p>".getBytes(StandardCharsets.UTF_8)));
        server.route("/loop", ex -> redirect(ex, "/loop"));
        PageFetcher f = PageFetcher.standard(fast);
        FetchResponse r = get(f, "/old");
        assertEquals(server.base() + "/new", r.uri().toString());
        server.route("/away", ex -> redirect(ex, "ftp://files.example/x"));
        FetchException away = assertThrows(FetchException.class, () -> get(f, "/away"));
        assertTrue(away.getMessage().contains("not an http(s) URL"), away.getMessage());
        FetchException loop = assertThrows(FetchException.class, () -> get(f, "/loop"));
        assertTrue(loop.getMessage().contains("more than 5 redirects"), loop.getMessage());
        assertEquals(6, server.requests("/loop").size());
    }

    @Test
    void obeysRobotsTxtAndNeverRequestsDisallowedPages() throws Exception {
        server.file("/robots.txt", "robots.txt", "text/plain");
        server.route("/private/memo", ex -> FixtureServer.send(ex, 200, "text/html", "<p>x</p>".getBytes(StandardCharsets.UTF_8)));
        server.route("/news/ok", ex -> FixtureServer.send(ex, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8)));
        PageFetcher f = PageFetcher.standard(fast);
        FetchException e = assertThrows(FetchException.class, () -> get(f, "/private/memo"));
        assertEquals(200, get(f, "/news/ok").status());
        get(f, "/news/ok");
        assertTrue(e.getMessage().contains("robots.txt"), e.getMessage());
        assertTrue(server.requests("/private/memo").isEmpty());
        assertEquals(1, server.requests("/robots.txt").size(), "robots.txt is read once per site");
    }

    @Test
    void unreachableRobotsTxtKeepsTheSiteUncrawledForNow() {
        server.route("/robots.txt", ex -> FixtureServer.send(ex, 503, "text/plain", new byte[0]));
        server.route("/news/ok", ex -> FixtureServer.send(ex, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8)));
        FetchException e = assertThrows(FetchException.class, () -> get(PageFetcher.standard(fast), "/news/ok"));
        assertTrue(e.retryable());
        assertTrue(server.requests("/news/ok").isEmpty());
    }

    @Test
    void waitsBetweenRequestsToOneHost() throws Exception {
        server.route("/p", ex -> FixtureServer.send(ex, 200, "text/html", "<p>p</p>".getBytes(StandardCharsets.UTF_8)));
        PageFetcher f = PageFetcher.standard(fast.withHostDelay(Duration.ofMillis(300)));
        for (int i = 0; i < 3; i++) {
            get(f, "/p");
        }
        List<FixtureServer.Seen> all = server.requests();
        assertEquals(4, all.size(), "robots.txt and three pages");
        List<FixtureServer.Seen> pages = server.requests("/p");
        for (int i = 1; i < pages.size(); i++) { // timed at the server, so the first exchange's connection set-up is left out
            long gapMs = (pages.get(i).nanoTime() - pages.get(i - 1).nanoTime()) / 1_000_000;
            assertTrue(gapMs >= 250, "page request " + i + " came " + gapMs + " ms after the one before");
        }
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws java.io.IOException {
        ex.getResponseHeaders().set("Location", to);
        FixtureServer.send(ex, 302, null, new byte[0]);
    }
}
