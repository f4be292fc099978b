package org.sitrep.extract;

import org.sitrep.model.Count;

/**
 * One casualty figure read from a sentence: what it counts, the count, the children inside it,
 * and where its words are (offsets in the cleaned text). {@code update} marks a revised toll ("rose to 7");
 * {@code more} one that adds to what was told before ("two scientists were also killed"); {@code named} one that
 * counts people told by name ("those killed included A, B and C"), who can only be victims of the attack told.
 */
record Toll(Kind kind, Count count, Count children, int start, int end, boolean update, boolean more, boolean named) {

    enum Kind { KILLED, INJURED }

    Toll(Kind kind, Count count, Count children, int start, int end, boolean update) {
        this(kind, count, children, start, end, update, false, false);
    }
}
