package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Article;

/**
 * A stored article (cleaned text, metadata) with the merged events its reports are part of; {@code storyId}
 * is the first article of the story it belongs to (its own id unless it is a syndicated copy), and
 * {@code copies} the other articles of that story.
 */
public record StoredArticle(Article article, String storyId, List<String> copies, List<StoredEvent> events) {

    public StoredArticle {
        copies = List.copyOf(copies);
        events = List.copyOf(events);
    }
}
