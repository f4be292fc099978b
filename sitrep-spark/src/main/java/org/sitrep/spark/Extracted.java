package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One article read from an input, and, once extracted, its events as Event JSON lines. {@code file} and
 * {@code position} (the article's place in the input) fix the order in which articles are merged, as {@code sitrep
 * ingest} takes them. {@code error} says why a record could not be read or extracted; the others are then empty.
 */
record Extracted(String file, long position, ArticleRow article, List<String> events, String error) implements Serializable {

    Extracted {
        events = List.copyOf(events);
    }

    static Extracted failed(String file, long position, String error) {
        return new Extracted(file, position, null, List.of(), error);
    }

    Extracted withEvents(List<String> lines) {
        return new Extracted(file, position, article, lines, null);
    }

    /** Whether this comes after {@code other} in the inputs' order. */
    boolean after(Extracted other) {
        int c = file.compareTo(other.file);
        return c > 0 || c == 0 && position > other.position;
    }
}
