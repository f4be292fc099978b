package org.sitrep.lexicon;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A language's weekday and month names with their numbers, from {@code /org/sitrep/lang/<code>/calendar.tsv}: what the
 * date patterns are built from, and words that never name a place.
 */
public final class Calendar {

    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, Month> months = new HashMap<>();
    private final List<String> weekdayNames = new ArrayList<>();
    private final List<String> monthNames = new ArrayList<>();

    private Calendar(String resource) {
        for (String line : Resources.lines(resource)) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException(resource + ": expected kind, word and number: '" + line + "'");
            }
            String key = f[1].toLowerCase(Locale.ROOT);
            int n = Integer.parseInt(f[2]);
            switch (f[0]) {
                case "weekday" -> {
                    weekdays.put(key, DayOfWeek.of(n));
                    weekdayNames.add(f[1]);
                }
                case "month" -> {
                    months.put(key, Month.of(n));
                    monthNames.add(f[1]);
                }
                default -> throw new IllegalStateException(resource + ": unknown kind '" + f[0] + "' in '" + line + "'");
            }
        }
        monthNames.sort(Comparator.comparingInt(String::length).reversed()); // "Sept" before "Sep" in an alternation
    }

    public static Calendar english() {
        return English.CALENDAR;
    }

    /** The weekday names as a regex alternation ("Monday|Tuesday|..."). */
    public String weekdayPattern() {
        return String.join("|", weekdayNames);
    }

    /** The month names and abbreviations as a regex alternation, longest first. */
    public String monthPattern() {
        return String.join("|", monthNames);
    }

    /** The day a weekday name (any case) names; throws for a word that is none. */
    public DayOfWeek weekday(String name) {
        DayOfWeek d = weekdays.get(name.toLowerCase(Locale.ROOT));
        if (d == null) {
            throw new IllegalArgumentException("not a weekday name: '" + name + "'");
        }
        return d;
    }

    /** The month a month name or abbreviation (any case) names; throws for a word that is none. */
    public Month month(String name) {
        Month m = months.get(name.toLowerCase(Locale.ROOT));
        if (m == null) {
            throw new IllegalArgumentException("not a month name: '" + name + "'");
        }
        return m;
    }

    /** Whether the word (any case) is a weekday or month name. */
    public boolean names(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        return weekdays.containsKey(key) || months.containsKey(key);
    }

    /** Whether a lower-cased text holds any month name: the month patterns need not run without one. */
    public boolean hasMonth(String lower) {
        for (String m : months.keySet()) {
            if (lower.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static final class English {
        static final Calendar CALENDAR = new Calendar("/org/sitrep/lang/en/calendar.tsv");
    }
}
