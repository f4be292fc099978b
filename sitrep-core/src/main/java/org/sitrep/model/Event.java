package org.sitrep.model;

import java.util.List;

/**
 * One event as Event JSON v1 describes it (shared/spec/event-json.md): an attack or a political event
 * with its type, date, place, parties, casualties, sources and evidence.
 */
public record Event(String id, Category category, Acled acled, String plover, EventDate date, Location location,
                    Actor initiator, Actor target, List<String> weapons, List<String> targets,
                    Casualties casualties, List<Damage> damage, List<String> sources,
                    List<Evidence> evidence, double confidence) {

    public enum Category { ATTACK, POLITICAL }

    /** ACLED event type and sub-type in the codebook's wording. */
    public record Acled(String type, String subType) {
    }

    public Event {
        if (id == null || category == null || plover == null || date == null) {
            throw new IllegalArgumentException("event needs id, category, plover type and date: " + id);
        }
        weapons = List.copyOf(weapons);
        targets = List.copyOf(targets);
        damage = List.copyOf(damage);
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("event confidence must be in [0,1]: " + confidence);
        }
    }
}
