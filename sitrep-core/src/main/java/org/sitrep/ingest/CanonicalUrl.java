package org.sitrep.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.lexicon.Resources;

/**
 * The one URL under which copies of a page are known: https, host lower-cased without {@code www.},
 * {@code m.}, {@code mobile.} or {@code amp.}, default port, fragment and trailing slash dropped, AMP
 * forms ({@code /amp/} segments, {@code .amp} endings, {@code amp=1}, Google AMP cache hosts) turned back
 * into the page, tracking parameters ({@code org/sitrep/ingest/tracking-parameters.txt}) removed and the rest sorted.
 */
public final class CanonicalUrl {

    private static final List<String> TRACKING = Resources.lines("/org/sitrep/ingest/tracking-parameters.txt").stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    private static final String AMP_CACHE = ".cdn.ampproject.org";

    private CanonicalUrl() {
    }

    /** The canonical form of {@code url}; a value that is not an absolute http(s) URL is returned stripped, unchanged. */
    public static String of(String url) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return url.strip();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return url.strip();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (host.endsWith(AMP_CACHE) && path.matches("/[cv]/(s/)?[^/]+.*")) {
            String rest = path.replaceFirst("^/[cv]/(s/)?", "");
            return of("https://" + rest + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
        host = host.replaceFirst("^(www\\d?|m|mobile|amp)\\.", "");
        int port = uri.getPort() == 80 || uri.getPort() == 443 ? -1 : uri.getPort();
        path = path.replaceAll("/amp(?=/|$)", "").replaceFirst("\\.amp(\\.html?)?$", "$1");
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = query(uri.getRawQuery());
        return "https://" + host + (port < 0 ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            boolean amp = name.equals("amp") || pair.equalsIgnoreCase("outputType=amp");
            if (!pair.isEmpty() && !amp && !tracking(name)) {
                kept.add(pair);
            }
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    private static boolean tracking(String name) {
        for (String t : TRACKING) {
            if (t.endsWith("*") ? name.startsWith(t.substring(0, t.length() - 1)) : name.equals(t)) {
                return true;
            }
        }
        return false;
    }
}
