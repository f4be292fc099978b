package org.sitrep.fetch;

import java.io.IOException;

/**
 * A fetch that got no usable response; the message names the URL and the reason. {@code retryable} says
 * whether trying again later may succeed (timeouts, connection failures, 5xx, 429) or not (4xx, too large,
 * refused by robots.txt, too many redirects).
 */
public class FetchException extends IOException {

    private final boolean retryable;
    private final int status;

    FetchException(String message, boolean retryable, int status) {
        super(message);
        this.retryable = retryable;
        this.status = status;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The HTTP status that caused it, or 0 when there was no response. */
    public int status() {
        return status;
    }
}
