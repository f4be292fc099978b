package org.sitrep.store;

/** What storing one article did: whether it was new, unchanged or a new version, and how its reports landed. */
public record IngestOutcome(Status status, int eventsCreated, int eventsMerged) {

    public enum Status { NEW, UNCHANGED, REPLACED }
}
