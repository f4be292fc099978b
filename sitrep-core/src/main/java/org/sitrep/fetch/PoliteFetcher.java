package org.sitrep.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Fetching as a good citizen: robots.txt read once a day per site and obeyed (a missing or redirected one allows all; one
 * that fails with 5xx or no answer disallows all for now, as RFC 9309 says); at most a few requests to one
 * host at once and a delay between them; redirects followed up to a bound, each hop checked again.
 */
final class PoliteFetcher implements PageFetcher {

    private static final Duration ROBOTS_TTL = Duration.ofHours(24);
    private static final String PRODUCT = "sitrep";

    private final HttpFetcher http;
    private final FetchSettings settings;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    /** One site's robots rules and the time its next request may start. */
    private static final class Host {
        final Semaphore open;
        long nextStart;
        RobotsRules robots;
        long robotsUntil;

        Host(int connections) {
            open = new Semaphore(connections, true);
        }
    }

    PoliteFetcher(HttpFetcher http, FetchSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    @Override
    public FetchResponse fetch(FetchRequest request) throws FetchException {
        URI uri = request.uri();
        for (int hop = 0; ; hop++) {
            HttpFetcher.Exchange x = politely(uri, request.etag(), request.lastModified(), true);
            int s = x.status();
            if (s == 200 || s == 304) {
                return new FetchResponse(uri, s, x.contentType(), x.body() == null ? new byte[0] : x.body(), x.etag(), x.lastModified());
            }
            if (s >= 300 && s < 400 && x.location() != null) {
                if (hop >= settings.maxRedirects()) {
                    throw new FetchException("GET " + request.uri() + ": more than " + settings.maxRedirects() + " redirects", false, s);
                }
                try {
                    uri = uri.resolve(x.location().strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException("GET " + uri + ": redirect to a malformed Location '" + x.location() + "'", false, s);
                }
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                    throw new FetchException("GET " + request.uri() + ": redirected to '" + uri + "', not an http(s) URL", false, s);
                }
                continue;
            }
            boolean retry = s >= 500 || s == 429 || s == 408;
            throw new FetchException("GET " + uri + ": HTTP " + s, retry, s);
        }
    }

    private HttpFetcher.Exchange politely(URI uri, String etag, String lastModified, boolean checkRobots) throws FetchException {
        Host host = hosts.computeIfAbsent(siteOf(uri), k -> new Host(settings.perHostConnections()));
        if (checkRobots && !robots(uri, host).allows(pathOf(uri))) {
            throw new FetchException("GET " + uri + ": disallowed by " + siteOf(uri) + "/robots.txt", false, 0);
        }
        try {
            host.open.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("GET " + uri + ": interrupted", true, 0);
        }
        try {
            waitTurn(host, uri);
            return http.get(uri, etag, lastModified);
        } finally {
            host.open.release();
        }
    }

    /** Sleeps until the host's next request may start, and books the one after. */
    private void waitTurn(Host host, URI uri) throws FetchException {
        long wait;
        synchronized (host) {
            long now = System.nanoTime();
            long start = Math.max(now, host.nextStart);
            Duration delay = host.robots != null && host.robots.crawlDelay().compareTo(settings.hostDelay()) > 0
                    ? host.robots.crawlDelay() : settings.hostDelay();
            host.nextStart = start + delay.toNanos();
            wait = start - now;
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("GET " + uri + ": interrupted", true, 0);
            }
        }
    }

    private RobotsRules robots(URI uri, Host host) throws FetchException {
        synchronized (host) {
            if (host.robots != null && System.nanoTime() < host.robotsUntil) {
                return host.robots;
            }
        }
        URI robotsUri = URI.create(siteOf(uri) + "/robots.txt");
        HttpFetcher.Exchange x;
        try {
            x = politely(robotsUri, null, null, false);
        } catch (FetchException e) {
            throw new FetchException("GET " + uri + ": cannot read " + robotsUri + " (" + e.getMessage() + "), so the site is not crawled for now", true, 0);
        }
        int s = x.status();
        RobotsRules rules;
        if (s == 200) {
            rules = RobotsRules.parse(new String(x.body(), StandardCharsets.UTF_8), PRODUCT);
        } else if (s >= 300 && s < 500) {
            rules = RobotsRules.ALLOW_ALL;
        } else {
            throw new FetchException("GET " + uri + ": " + robotsUri + " answered HTTP " + s + ", so the site is not crawled for now", true, s);
        }
        synchronized (host) {
            host.robots = rules;
            host.robotsUntil = System.nanoTime() + ROBOTS_TTL.toNanos();
        }
        return rules;
    }

    private static String siteOf(URI uri) {
        return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static String pathOf(URI uri) {
        String p = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? p : p + "?" + uri.getRawQuery();
    }
}
