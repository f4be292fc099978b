package org.sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.store.StoredEvent;

/**
 * ACLED-style CSV: ACLED's column names where the meaning matches (event_date, event_type, sub_event_type,
 * actor1, admin1, location, latitude, longitude, geo_precision, time_precision, fatalities, notes, source,
 * civilian_targeting), then sitrep's own columns (injured, children, weapons, targets, reports).
 * geo_precision: 1 a town or point, 2 a district, 3 a region or country. Political events are ACLED's "Strategic
 * developments": an agreement as "Agreement", talks, demands, accusations and denials as "Other".
 */
final class AcledCsv implements Exporter {

    static final List<String> HEADER = List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type",
            "sub_event_type", "actor1", "actor2", "civilian_targeting", "country", "iso", "admin1", "location", "latitude",
            "longitude", "geo_precision", "source", "notes", "fatalities", "injured", "children_killed", "children_injured",
            "weapons", "targets", "plover", "reports");

    @Override
    public Written write(Iterable<StoredEvent> events, OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        Csv.row(out, HEADER);
        Written written = new Written();
        for (StoredEvent s : events) {
            Event e = s.event();
            Event.Acled acled = acled(e);
            Csv.row(out, Arrays.asList(e.id(), Fields.start(e), Fields.year(e), Fields.acledTimePrecision(e.date()),
                    acled.type(), acled.subType(),
                    e.initiator() == null ? null : e.initiator().name(), e.target() == null ? null : e.target().name(),
                    Fields.civilianTargeting(e) ? "Civilian targeting" : null, Fields.loc(e, Location::country),
                    Fields.loc(e, Location::countryCode), Fields.loc(e, Location::admin1), Fields.loc(e, Location::name),
                    Fields.loc(e, Location::lat), Fields.loc(e, Location::lon), geoPrecision(e.location()),
                    String.join("; ", e.sources()), e.evidence().isEmpty() ? null : e.evidence().get(0).text(),
                    Fields.best(Fields.killed(e)) == null ? 0 : Fields.best(Fields.killed(e)), Fields.best(Fields.injured(e)),
                    Fields.best(Fields.childrenKilled(e)), Fields.best(Fields.childrenInjured(e)),
                    String.join(";", e.weapons()), String.join(";", e.targets()), e.plover(), s.reportCount()));
            written.wrote(e);
        }
        out.flush();
        return written;
    }

    /** The event's ACLED type; a political event's is a strategic development. */
    static Event.Acled acled(Event e) {
        if (e.acled() != null && e.acled().type() != null) {
            return e.acled();
        }
        return new Event.Acled("Strategic developments", "AGREE".equals(e.plover()) ? "Agreement" : "Other");
    }

    private static Integer geoPrecision(Location l) {
        if (l == null) {
            return null;
        }
        return switch (l.level()) {
            case POINT, CITY -> 1;
            case ADMIN2 -> 2;
            default -> 3;
        };
    }
}
