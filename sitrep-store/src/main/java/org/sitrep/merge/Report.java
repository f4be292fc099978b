package org.sitrep.merge;

import java.time.LocalDate;
import org.sitrep.model.Event;

/**
 * One article's account of one event: the event as that article told it, where the article came from,
 * and {@code seq}, the order in which reports reached the store (later reports are more recent news).
 */
public record Report(String id, String articleId, String url, LocalDate published, long seq, Event event) {

    public Report {
        if (id == null || articleId == null || event == null) {
            throw new IllegalArgumentException("report needs an id, an article id and an event: " + id);
        }
    }
}
