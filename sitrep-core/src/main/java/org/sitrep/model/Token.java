package org.sitrep.model;

/** One token: its text and character offsets into the cleaned article text, end exclusive. */
public record Token(String text, int start, int end) {
}
