package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of an RSS or Atom feed. {@code key} tells entries apart across polls: the entry's id (guid)
 * when it has one, else its link. {@code summary} is the entry's description or content as plain text,
 * empty when the feed gives none; {@code published} is null when the feed gives no date.
 */
public record FeedItem(String key, String link, String title, LocalDate published, String summary) {

    public FeedItem {
        Objects.requireNonNull(key, "feed item key");
        summary = summary == null ? "" : summary;
    }
}
