package org.sitrep.extract;

import org.sitrep.model.Count;

/**
 * One casualty figure read from a sentence: what it counts, the count, the children inside it,
 * and where its words are (offsets in the cleaned text). {@code update} marks a revised toll ("rose to 7").
 */
record Toll(Kind kind, Count count, Count children, int start, int end, boolean update) {

    enum Kind { KILLED, INJURED }
}
