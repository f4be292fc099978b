package org.sitrep.fetch;

import java.net.URI;
import java.util.Objects;

/** A GET of {@code uri}, conditional when the validators of an earlier response are given (each may be null). */
public record FetchRequest(URI uri, String etag, String lastModified) {

    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: '" + uri + "'");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("URL has no host: '" + uri + "'");
        }
    }

    public static FetchRequest of(String url) {
        try {
            return new FetchRequest(new URI(url.strip()), null, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: '" + url + "' (" + e.getReason() + ")", e);
        }
    }
}
