package org.sitrep.model;

import java.util.List;

/**
 * One sentence of the cleaned text with its tokens; offsets are characters in the cleaned text,
 * end exclusive. {@code paragraph} counts paragraphs from 0, so stages can tell a new paragraph.
 */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
        if (end - start != text.length()) {
            throw new IllegalArgumentException("sentence " + index + " span " + start + ".." + end
                    + " does not fit its text of length " + text.length());
        }
    }
}
