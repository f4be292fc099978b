package org.sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.store.StoredEvent;

/**
 * UCDP GED-style CSV: deaths as best/low/high, where_prec (1 exact place, 3 second-order unit, 4 first-order
 * unit, 6 country) and date_prec (1 day, 3 week, 4 month, 5 unknown), type_of_violence 1 for attacks by a
 * state's forces, 3 (one-sided) for attacks on civilians by others, 2 otherwise. UCDP GED holds organised violence
 * only, so political events are left out (and counted).
 */
final class UcdpCsv implements Exporter {

    static final List<String> HEADER = List.of("id", "year", "type_of_violence", "side_a", "side_b", "country", "country_code",
            "adm_1", "where_coordinates", "latitude", "longitude", "where_prec", "date_start", "date_end", "date_prec",
            "best", "low", "high", "injured_best", "injured_low", "injured_high", "source_article", "reports");

    @Override
    public Written write(Iterable<StoredEvent> events, OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        Csv.row(out, HEADER);
        Written written = new Written();
        for (StoredEvent s : events) {
            Event e = s.event();
            if (e.category() != Event.Category.ATTACK) {
                written.leftOut("political: UCDP codes violence only");
                continue;
            }
            Count k = Fields.killed(e), i = Fields.injured(e);
            Csv.row(out, Arrays.asList(e.id(), Fields.year(e), violence(e), e.initiator() == null ? null : e.initiator().name(),
                    e.target() == null ? null : e.target().name(), Fields.loc(e, Location::country), Fields.loc(e, Location::countryCode),
                    Fields.loc(e, Location::admin1), Fields.loc(e, Location::name), Fields.loc(e, Location::lat), Fields.loc(e, Location::lon),
                    wherePrecision(e.location()), Fields.start(e), Fields.end(e), datePrecision(e),
                    k == null ? 0 : k.best(), k == null ? 0 : k.low(), k == null ? 0 : k.high(),
                    i == null ? null : i.best(), i == null ? null : i.low(), i == null ? null : i.high(),
                    String.join("; ", e.sources()), s.reportCount()));
            written.wrote(e);
        }
        out.flush();
        return written;
    }

    private static int violence(Event e) {
        if (e.initiator() != null && "state_forces".equals(e.initiator().type())) {
            return 1;
        }
        return Fields.civilianTargeting(e) ? 3 : 2;
    }

    private static Integer wherePrecision(Location l) {
        if (l == null) {
            return null;
        }
        return switch (l.level()) {
            case POINT, CITY -> 1;
            case ADMIN2 -> 3;
            case ADMIN1 -> 4;
            case COUNTRY -> 6;
        };
    }

    private static int datePrecision(Event e) {
        return switch (e.date().precision()) {
            case DAY -> 1;
            case WEEK -> 3;
            case MONTH -> 4;
            case UNKNOWN -> 5;
        };
    }
}
