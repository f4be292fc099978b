package org.sitrep.model;

import java.time.LocalDate;

/**
 * When an event happened: an inclusive range with its precision and the words it came from.
 * An unresolved date has null start and end, precision {@code UNKNOWN}, and keeps its words.
 */
public record EventDate(LocalDate start, LocalDate end, Precision precision, String text) {

    public enum Precision { DAY, WEEK, MONTH, UNKNOWN }

    public EventDate {
        if (precision == null) {
            throw new IllegalArgumentException("date precision is null for '" + text + "'");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("date range ends " + end + " before it starts " + start);
        }
        if (precision != Precision.UNKNOWN && start == null) {
            throw new IllegalArgumentException("date '" + text + "' has precision " + precision + " but no start");
        }
    }

    public static EventDate day(LocalDate day, String text) {
        return new EventDate(day, day, Precision.DAY, text);
    }

    public static EventDate unknown(String text) {
        return new EventDate(null, null, Precision.UNKNOWN, text);
    }

    public boolean resolved() {
        return start != null;
    }

    public boolean overlaps(EventDate other) {
        return resolved() && other.resolved() && !start.isAfter(other.end) && !other.start.isAfter(end);
    }
}
