package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as sources give them: ISO dates, or ISO timestamps whose date part is taken. */
final class Dates {

    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$");

    private Dates() {
    }

    /** No news report sitrep reads was published before this year; a date before it is a typo or a placeholder. */
    private static final int EARLIEST_YEAR = 1900;

    static LocalDate parsePublished(String value, String where) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Matcher m = ISO_DAY.matcher(v);
        LocalDate day;
        if (m.matches()) {
            try {
                day = LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("published date is not a calendar date: '" + v + "' in " + where);
            }
        } else {
            try {
                day = OffsetDateTime.parse(v).toLocalDate();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("published date is not ISO-8601 (YYYY-MM-DD): '" + v + "' in " + where);
            }
        }
        int latest = LocalDate.now(java.time.ZoneOffset.UTC).getYear() + 1;
        if (day.getYear() < EARLIEST_YEAR || day.getYear() > latest) {
            throw new InvalidInputException("published date '" + v + "' is out of range (" + EARLIEST_YEAR + " to " + latest + ") in " + where);
        }
        return day;
    }
}
