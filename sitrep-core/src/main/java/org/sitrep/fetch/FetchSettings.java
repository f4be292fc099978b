package org.sitrep.fetch;

import java.time.Duration;

/**
 * How the fetcher behaves. {@code timeout} bounds a whole exchange (connect, headers and body);
 * {@code hostDelay} is the least time between two requests to one host (a longer robots.txt Crawl-delay wins).
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration timeout, long maxBytes,
                            int maxRedirects, Duration hostDelay, int perHostConnections) {

    public static final String USER_AGENT = "sitrep/0.1 (+https://github.com/sitrep/sitrep; conflict event extraction)";

    public FetchSettings {
        if (maxBytes <= 0 || maxRedirects < 0 || perHostConnections < 1) {
            throw new IllegalArgumentException("fetch settings out of range: maxBytes " + maxBytes
                    + ", maxRedirects " + maxRedirects + ", perHostConnections " + perHostConnections);
        }
    }

    /** 10 s to connect, 30 s per exchange, 5 MB per page, 5 redirects, 1 s between requests to a host, 2 at once. */
    public static FetchSettings defaults() {
        return new FetchSettings(USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024, 5,
                Duration.ofSeconds(1), 2);
    }

    public FetchSettings withTimeout(Duration t) {
        return new FetchSettings(userAgent, t.compareTo(connectTimeout) < 0 ? t : connectTimeout, t, maxBytes, maxRedirects, hostDelay, perHostConnections);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(userAgent, connectTimeout, timeout, bytes, maxRedirects, hostDelay, perHostConnections);
    }

    public FetchSettings withHostDelay(Duration delay) {
        return new FetchSettings(userAgent, connectTimeout, timeout, maxBytes, maxRedirects, delay, perHostConnections);
    }
}
