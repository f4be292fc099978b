package org.sitrep.export;

import java.util.List;
import java.util.function.Function;
import org.apache.parquet.format.Type;
import org.sitrep.model.Count;
import org.sitrep.model.Location;
import org.sitrep.store.StoredEvent;

/**
 * The columns of the Parquet export, one flat row per event: the ACLED/UCDP columns plus counts as low/best/high.
 * The Spark job writes the same columns, so that one reader serves both.
 */
public final class EventColumns {

    private EventColumns() {
    }

    /** A column: its name, Parquet type, whether every row has a value, and the value of an event. */
    public record Column(String name, Type type, boolean required, Function<StoredEvent, Object> value) {
    }

    /** Every column, in order. */
    public static final List<Column> ALL = List.of(
            text("event_id", true, s -> s.event().id()),
            text("category", true, s -> s.event().category().name().toLowerCase(java.util.Locale.ROOT)),
            text("date_start", false, s -> Fields.start(s.event())),
            text("date_end", false, s -> Fields.end(s.event())),
            text("date_precision", true, s -> s.event().date().precision().name().toLowerCase(java.util.Locale.ROOT)),
            text("event_type", false, s -> AcledCsv.acled(s.event()).type()),
            text("sub_event_type", false, s -> AcledCsv.acled(s.event()).subType()),
            text("plover", true, s -> s.event().plover()),
            text("actor1", false, s -> s.event().initiator() == null ? null : s.event().initiator().name()),
            text("country", false, s -> Fields.loc(s.event(), Location::country)),
            text("iso", false, s -> Fields.loc(s.event(), Location::countryCode)),
            text("admin1", false, s -> Fields.loc(s.event(), Location::admin1)),
            text("location", false, s -> Fields.loc(s.event(), Location::name)),
            text("geo_level", false, s -> Fields.loc(s.event(), l -> l.level().name().toLowerCase(java.util.Locale.ROOT))),
            new Column("latitude", Type.DOUBLE, false, s -> s.event().location() == null ? null : s.event().location().lat()),
            new Column("longitude", Type.DOUBLE, false, s -> s.event().location() == null ? null : s.event().location().lon()),
            count("killed_low", s -> Fields.killed(s.event()), Count::low),
            count("killed_best", s -> Fields.killed(s.event()), Count::best),
            count("killed_high", s -> Fields.killed(s.event()), Count::high),
            count("injured_low", s -> Fields.injured(s.event()), Count::low),
            count("injured_best", s -> Fields.injured(s.event()), Count::best),
            count("injured_high", s -> Fields.injured(s.event()), Count::high),
            count("children_killed", s -> Fields.childrenKilled(s.event()), Count::best),
            count("children_injured", s -> Fields.childrenInjured(s.event()), Count::best),
            text("weapons", true, s -> String.join(";", s.event().weapons())),
            text("targets", true, s -> String.join(";", s.event().targets())),
            text("sources", true, s -> String.join("; ", s.event().sources())),
            new Column("reports", Type.INT32, true, StoredEvent::reportCount));

    private static Column text(String name, boolean required, Function<StoredEvent, Object> value) {
        return new Column(name, Type.BYTE_ARRAY, required, value);
    }

    private static Column count(String name, Function<StoredEvent, Count> count, Function<Count, Integer> part) {
        return new Column(name, Type.INT32, false, s -> {
            Count c = count.apply(s);
            return c == null ? null : part.apply(c);
        });
    }

}
