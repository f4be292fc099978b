package org.sitrep.fetch;

/**
 * Fetches feeds and article pages over HTTP(S). The standard fetcher honours robots.txt, waits between
 * requests to one host and limits how many run at once, bounds redirects, time and size, and sends the
 * conditional headers a {@link FetchRequest} carries.
 */
public interface PageFetcher {

    /**
     * The response to a GET: status 200 with the body, or 304 (not modified) without one.
     *
     * @throws FetchException for any other outcome (HTTP error, timeout, too large, refused by robots.txt)
     */
    FetchResponse fetch(FetchRequest request) throws FetchException;

    /** The fetcher over the JDK HTTP client with these settings. */
    static PageFetcher standard(FetchSettings settings) {
        return new PoliteFetcher(new HttpFetcher(settings), settings);
    }
}
