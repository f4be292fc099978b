package org.sitrep.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One article read from an input, and, once extracted, its events as Event JSON lines. {@code file} and
 * {@code position} (the article's place in the input) fix the order in which articles are merged, as {@code sitrep
 * ingest} takes them. {@code error} says why a record could not be read or extracted; the others are then empty.
 * {@code original} is the id of the article this one copies, once the job has looked for copies (else null).
 */
record Extracted(String file, long position, ArticleRow article, List<String> events, String error, String original)
        implements Serializable {

    Extracted {
        events = List.copyOf(events);
    }

    static Extracted failed(String file, long position, String error) {
        return new Extracted(file, position, null, List.of(), error, null);
    }

    Extracted withEvents(List<String> lines) {
        return new Extracted(file, position, article, lines, null, original);
    }

    Extracted withOriginal(String id) {
        return new Extracted(file, position, article, events, error, id);
    }

    /** Whether this comes after {@code other} in the inputs' order. */
    boolean after(Extracted other) {
        int c = file.compareTo(other.file);
        return c > 0 || c == 0 && position > other.position;
    }
}
