package org.sitrep.model;

/** Damage to one kind of object, e.g. "residential building" "destroyed", with a count where the text gives one. */
public record Damage(String object, String effect, Integer count) {
}
