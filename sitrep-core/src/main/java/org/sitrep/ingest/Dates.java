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

    static LocalDate parsePublished(String value, String where) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Matcher m = ISO_DAY.matcher(v);
        if (m.matches()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("published date is not a calendar date: '" + v + "' in " + where);
            }
        }
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("published date is not ISO-8601 (YYYY-MM-DD): '" + v + "' in " + where);
        }
    }
}
