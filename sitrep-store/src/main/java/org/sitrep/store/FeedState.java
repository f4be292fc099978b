package org.sitrep.store;

import java.time.Instant;
import java.util.Objects;

/**
 * What the watcher knows of one feed between polls: the validators of its last answer (for a conditional GET),
 * when it was polled and is due next, how the last poll went ({@code lastStatus}: an HTTP status or "error"),
 * how many polls in a row failed and why the last did, and how many entries it has given.
 */
public record FeedState(String url, String etag, String lastModified, Instant lastPolled, Instant nextPoll,
                        String lastStatus, int errors, String lastError, int entries) {

    public FeedState {
        Objects.requireNonNull(url, "feed url");
    }

    /** A feed never polled: due now. */
    public static FeedState fresh(String url) {
        return new FeedState(url, null, null, null, null, null, 0, null, 0);
    }
}
