package org.sitrep.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.sitrep.fetch.FetchRequest;

/** The feeds to follow: a text file with one http(s) URL per line; blank lines and {@code #} comments are skipped. */
public final class FeedList {

    private FeedList() {
    }

    /**
     * The feed URLs of the file, in order, each once.
     *
     * @throws IllegalArgumentException naming the file and line of a value that is not an http(s) URL, or when there is none
     */
    public static List<String> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        LinkedHashSet<String> urls = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("\\s#.*$", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                FetchRequest.of(line);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
            urls.add(line);
        }
        if (urls.isEmpty()) {
            throw new IllegalArgumentException(file + " lists no feed URLs (one http(s) URL per line)");
        }
        return new ArrayList<>(urls);
    }
}
