package org.sitrep.model;

/** The words a field was read from: character offsets into the cleaned article text, end exclusive. */
public record Evidence(String field, int start, int end, String text) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("evidence span for " + field + " is invalid: " + start + ".." + end);
        }
    }
}
