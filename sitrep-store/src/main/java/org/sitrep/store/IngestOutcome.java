package org.sitrep.store;

/**
 * What storing one article did: whether it was new, unchanged or a new version, how its reports landed, and
 * {@code copyOf}: the story (its first article's id) the article is a syndicated copy of, or null.
 */
public record IngestOutcome(Status status, int eventsCreated, int eventsMerged, String copyOf) {

    public enum Status { NEW, UNCHANGED, REPLACED }
}
