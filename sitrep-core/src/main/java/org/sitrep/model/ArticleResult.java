package org.sitrep.model;

import java.util.List;

/** What the pipeline made of one article: its events and the warnings a reader should see. */
public record ArticleResult(Article article, List<Event> events, List<String> warnings) {

    public ArticleResult {
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }
}
