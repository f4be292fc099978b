package org.sitrep.export;

import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;

/** Values the exports share, read off an event with nulls where the event has nothing. */
final class Fields {

    private Fields() {
    }

    static Integer best(Count c) {
        return c == null ? null : c.best();
    }

    static Count killed(Event e) {
        return e.casualties() == null ? null : e.casualties().killed();
    }

    static Count injured(Event e) {
        return e.casualties() == null ? null : e.casualties().injured();
    }

    static Count childrenKilled(Event e) {
        return e.casualties() == null ? null : e.casualties().childrenKilled();
    }

    static Count childrenInjured(Event e) {
        return e.casualties() == null ? null : e.casualties().childrenInjured();
    }

    static String loc(Event e, java.util.function.Function<Location, Object> f) {
        Object v = e.location() == null ? null : f.apply(e.location());
        return v == null ? null : v.toString();
    }

    static String start(Event e) {
        return e.date().start() == null ? null : e.date().start().toString();
    }

    static String end(Event e) {
        return e.date().end() == null ? null : e.date().end().toString();
    }

    static Integer year(Event e) {
        return e.date().start() == null ? null : e.date().start().getYear();
    }

    static boolean civilianTargeting(Event e) {
        return e.target() != null && "civilians".equals(e.target().type())
                || e.casualties() != null && Boolean.TRUE.equals(e.casualties().civilian());
    }

    /** ACLED time_precision: 1 day, 2 week, 3 month; unknown dates are given as month precision. */
    static int acledTimePrecision(EventDate d) {
        return switch (d.precision()) {
            case DAY -> 1;
            case WEEK -> 2;
            default -> 3;
        };
    }
}
