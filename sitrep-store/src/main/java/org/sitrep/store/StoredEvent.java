package org.sitrep.store;

import java.util.List;
import org.sitrep.merge.Report;
import org.sitrep.model.Event;

/** A merged event as the store keeps it, with every report behind it (empty when not asked for). */
public record StoredEvent(Event event, int reportCount, List<Report> reports) {

    public StoredEvent {
        reports = List.copyOf(reports);
    }
}
