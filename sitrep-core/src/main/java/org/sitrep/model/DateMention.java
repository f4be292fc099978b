package org.sitrep.model;

/** A time expression in a sentence and what it resolved to; offsets are characters in the cleaned text. */
public record DateMention(int sentence, int start, int end, String text, EventDate date) {
}
