package org.sitrep.store;

import java.util.List;

/**
 * What storing one article did: whether it was new, unchanged or a new version, how its reports landed, and
 * {@code copyOf}: the story (its first article's id) the article is a syndicated copy of, or null.
 * {@code articleId} is the id the article is stored under (an unchanged article found by its URL keeps its first
 * id), and {@code eventIds} the stored event each of its reports belongs to, in the order they were read.
 */
public record IngestOutcome(Status status, int eventsCreated, int eventsMerged, String copyOf, String articleId, List<String> eventIds) {

    public IngestOutcome {
        eventIds = List.copyOf(eventIds);
    }

    public enum Status { NEW, UNCHANGED, REPLACED }
}
