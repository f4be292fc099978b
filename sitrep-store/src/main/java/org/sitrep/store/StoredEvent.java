package org.sitrep.store;

import java.util.List;
import org.sitrep.merge.Report;
import org.sitrep.model.Event;
import org.sitrep.output.EventJson;

/** A merged event as the store keeps it, with every report behind it (empty when not asked for). */
public record StoredEvent(Event event, int reportCount, List<Report> reports) {

    public StoredEvent {
        reports = List.copyOf(reports);
    }

    /** The event as one Event JSON line with its {@code reportCount}: what the API and the JSON Lines outputs serve. */
    public String line() {
        return line(EventJson.eventLine(event), reportCount);
    }

    /** An event's stored JSON line with its report count added. */
    static String line(String eventJson, int reportCount) {
        return eventJson.substring(0, eventJson.length() - 1) + ",\"reportCount\":" + reportCount + "}";
    }
}
