package org.sitrep.model;

import java.time.LocalDate;

/**
 * When an event happened: an inclusive range with its precision and the words it came from.
 * An unresolved date has null start and end, precision {@code UNKNOWN}, and keeps its words; a year has its
 * range and precision {@code UNKNOWN}.
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

    /** A whole year ("in 2016"): the vocabulary has no year precision, so the range is kept and the precision is unknown. */
    public static EventDate year(int year, String text) {
        return new EventDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.UNKNOWN, text);
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
