package org.sitrep.model;

/**
 * A place named in a sentence and what it resolved to; offsets are characters in the cleaned text.
 * {@code cued} is true when a word such as "in", "near" or "region" marks the name as a place.
 */
public record PlaceMention(int sentence, int start, int end, String text, Location location, boolean cued) {
}
