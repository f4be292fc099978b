package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Article;

/** A stored article (cleaned text, metadata) with the merged events its reports are part of. */
public record StoredArticle(Article article, List<StoredEvent> events) {

    public StoredArticle {
        events = List.copyOf(events);
    }
}
