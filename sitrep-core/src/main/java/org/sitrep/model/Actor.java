package org.sitrep.model;

/** A party to an event; type is one of the spec's actor types (state_forces, rebel_group, civilians, ...). */
public record Actor(String name, String countryCode, String type) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor name is blank");
        }
    }
}
