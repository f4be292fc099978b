package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.Calendar;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.NumberWords;
import org.sitrep.lexicon.Resources;
import org.sitrep.model.DateMention;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;

/** Rule-based English news dates; the relative words come from {@code time-words.tsv}. */
final class NewsDateResolver implements DateResolver {

    static final Calendar CALENDAR = Calendar.english();
    static final String DAYS = CALENDAR.weekdayPattern();
    private static final String MONTHS = CALENDAR.monthPattern();
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** "Saturday 10 May", "Friday, June 13": the date says which of the weekdays. */
    private static final String WEEKDAY_OF = "(?:(?:" + DAYS + "),? )?";
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:on )?" + WEEKDAY_OF + "(\\d{1,2})(?:st|nd|rd|th)? (" + MONTHS + ")\\b(?:,? (\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:on )?" + WEEKDAY_OF + "(" + MONTHS + ") (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:in )?(" + MONTHS + ") (\\d{4})\\b");
    static final Pattern WEEKDAY = Pattern.compile("\\b(?:(?:late|early|on|last) )?(" + DAYS + ")(?:'s)?(?: (night|morning|evening|afternoon))?\\b");
    /** "In 2016, after...": a year before the publication year, told as the time of what the sentence says. */
    /** "in May", "during March": a month without a year, the last such month up to publication. */
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:[Ii]n|[Dd]uring|[Tt]hroughout) (" + MONTHS + ")\\b(?!,? \\d)");
    private static final Pattern IN_YEAR = Pattern.compile("\\b[Ii]n ((?:19|20)\\d\\d)\\b");
    private static final Pattern DAYS_AGO = Pattern.compile("(?i)\\b(" + NumberWords.english().pattern() + ") days? (?:ago|earlier)\\b");

    /** "overnight into Saturday", "the night to Monday", "in the early hours of Friday": the night that ends on that day. */
    private static final Pattern NIGHT_OF = Pattern.compile("\\s+(?:of|into|to)\\s+");
    /** How far after publication a date without a year is still read as this year's. */
    private static final int AHEAD_DAYS = 7;
    private static final Pattern PERIOD_BOUND = Pattern.compile("(?i)\\b(since|until|till|by)\\s+(the\\s+)?$");
    /** Pieces of every relative time phrase and weekday name (kept in step with time-words.tsv by a test). */
    static final List<String> TIME_WORD_PARTS = List.of("day", "night", "morning", "afternoon", "evening", "week",
            "month", "yesterday", "eve", "hours", "earlier");
    private final Map<String, String[]> words = new HashMap<>();
    private final Lexicon relative;

    NewsDateResolver() {
        java.util.Map<String, String> phrases = new java.util.LinkedHashMap<>();
        for (String line : Resources.lines("/org/sitrep/time/time-words.tsv")) {
            String[] kv = line.split("\t");
            words.put(kv[1], kv);
            if (TIME_WORD_PARTS.stream().noneMatch(kv[1]::contains)) {
                throw new IllegalStateException("time-words.tsv: '" + kv[1] + "' has none of " + TIME_WORD_PARTS
                        + "; add its key word to NewsDateResolver.TIME_WORD_PARTS");
            }
            phrases.put(kv[1], kv[1]); // the value is the phrase as listed: the text found may differ ("last night's")
        }
        relative = Lexicon.of(phrases, "/org/sitrep/time/time-words.tsv");
    }

    /** The month of that name up to publication: this year's when it has begun (a week's grace), else last year's. */
    private static EventDate monthBefore(Month month, LocalDate published, String phrase) {
        LocalDate first = LocalDate.of(published.getYear(), month, 1);
        first = first.isAfter(published.plusDays(AHEAD_DAYS)) ? first.minusYears(1) : first;
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        return new EventDate(first, last.isAfter(published) && !first.isAfter(published) ? published : last, EventDate.Precision.MONTH, phrase);
    }

    @Override
    public List<DateMention> find(List<Sentence> sentences, LocalDate published) {
        return DayBefore.resolve(StoryWeek.apply(DateResolver.super.find(sentences, published), sentences, published), this::number);
    }

    @Override
    public List<DateMention> find(Sentence s, LocalDate published) {
        String text = s.text();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean digits = hasDigit(text);
        boolean monthNamed = CALENDAR.hasMonth(lower);
        if (!digits && !monthNamed && TIME_WORD_PARTS.stream().noneMatch(lower::contains)) {
            return List.of(); // no pattern here can match without a digit, a month or a time word
        }
        List<DateMention> out = new ArrayList<>();
        boolean[] used = new boolean[text.length()];
        boolean months = digits && CALENDAR.hasMonth(lower), dayWords = lower.contains("day");
        Matcher m = ISO.matcher(digits && text.indexOf('-') >= 0 ? text : "");
        while (m.find()) {
            LocalDate d;
            try {
                d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                continue; // "2025-13-45" names no day
            }
            add(out, used, s, m, EventDate.day(d, m.group()));
        }
        for (Pattern p : months ? List.of(DAY_MONTH, MONTH_DAY) : List.<Pattern>of()) {
            m = p.matcher(text);
            while (m.find()) {
                boolean dayFirst = p == DAY_MONTH;
                int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(2));
                Month month = month(dayFirst ? m.group(2) : m.group(1));
                String year = m.group(3);
                if (day < 1 || day > month.maxLength()) {
                    continue;
                }
                add(out, used, s, m, dayOfMonth(day, month, year, published, m.group()));
            }
        }
        m = MONTH_YEAR.matcher(months ? text : "");
        while (m.find()) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1);
            add(out, used, s, m, new EventDate(first, first.with(TemporalAdjusters.lastDayOfMonth()), EventDate.Precision.MONTH, m.group()));
        }
        m = IN_MONTH.matcher(monthNamed ? text : "");
        while (m.find()) {
            if (published != null) {
                add(out, used, s, m, monthBefore(month(m.group(1)), published, m.group()));
            }
        }
        m = IN_YEAR.matcher(digits ? text : "");
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (published != null && year < published.getYear()) {
                add(out, used, s, m, EventDate.year(year, m.group()));
            }
        }
        m = WEEKDAY.matcher(dayWords ? text : "");
        while (m.find()) {
            if (published == null) {
                add(out, used, s, m, EventDate.unknown(m.group()));
                continue;
            }
            LocalDate day = lastWeekday(published, CALENDAR.weekday(m.group(1)));
            boolean night = "night".equalsIgnoreCase(m.group(2)) && day.isBefore(published);
            add(out, used, s, m, night ? new EventDate(day, day.plusDays(1), EventDate.Precision.DAY, m.group()) : EventDate.day(day, m.group()));
        }
        m = DAYS_AGO.matcher(dayWords ? text : "");
        while (m.find()) {
            int days = number(m.group(1));
            add(out, used, s, m, published == null ? EventDate.unknown(m.group()) : EventDate.day(published.minusDays(days), m.group()));
        }
        m = DayBefore.PHRASE.matcher(dayWords || lower.contains("night") || lower.contains("morning") || lower.contains("evening") || lower.contains("afternoon") ? text : "");
        while (m.find()) {
            add(out, used, s, m, EventDate.unknown(m.group())); // dated from the day named before, for the whole article
        }
        for (Lexicon.Match r : relative.find(text)) {
            DateMention day = nightOf(out, s, r);
            if (day != null) { // "in the early hours of Friday 13 June": the night before that day, not before publication
                out.remove(day);
                String words = text.substring(r.start(), day.end() - s.start());
                out.add(new DateMention(s.index(), s.start() + r.start(), day.end(), words,
                        new EventDate(day.date().start().minusDays(1), day.date().start(), EventDate.Precision.DAY, words)));
                continue;
            }
            add(out, used, s, r.start(), r.end(), r.text(), published == null ? EventDate.unknown(r.text()) : relative(r.value(), r.text(), published));
        }
        out.sort(Comparator.comparingInt(DateMention::start));
        return out;
    }

    /** The day mention right after a night phrase and "of", "into" or "to" ("in the early hours of Monday"), or null. */
    private DateMention nightOf(List<DateMention> found, Sentence s, Lexicon.Match r) {
        if (!"night".equals(words.get(r.value())[0])) {
            return null;
        }
        Matcher of = NIGHT_OF.matcher(s.text()).region(r.end(), s.text().length());
        if (!of.lookingAt()) {
            return null;
        }
        int at = s.start() + of.end();
        return found.stream().filter(d -> d.start() == at && d.date().resolved() && d.date().precision() == EventDate.Precision.DAY)
                .findFirst().orElse(null);
    }

    /** Digits or a number word of the language ("a", "two", "ten") as a number. */
    private int number(String word) {
        return NumberWords.english().value(word);
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private EventDate relative(String listed, String phrase, LocalDate p) {
        String[] w = words.get(listed);
        int v = Integer.parseInt(w[2]);
        return switch (w[0]) {
            case "day-offset" -> EventDate.day(p.minusDays(v), phrase);
            case "night" -> new EventDate(p.minusDays(1), p, EventDate.Precision.DAY, phrase);
            case "week" -> {
                LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(v);
                yield new EventDate(monday, v < 0 ? monday.plusDays(6) : p, EventDate.Precision.WEEK, phrase);
            }
            case "month" -> {
                LocalDate first = p.withDayOfMonth(1).plusMonths(v);
                yield new EventDate(first, v < 0 ? first.with(TemporalAdjusters.lastDayOfMonth()) : p, EventDate.Precision.MONTH, phrase);
            }
            default -> throw new IllegalStateException("time-words.tsv: unknown kind '" + w[0] + "' for " + phrase);
        };
    }

    /**
     * A day and month without a year: the latest such date not after publication (news looks back), except a date in
     * the week after publication, which is this year's: a report announces what is coming ("a truce from May 8").
     */
    private static EventDate dayOfMonth(int day, Month month, String year, LocalDate published, String text) {
        if (year != null) {
            return EventDate.day(LocalDate.of(Integer.parseInt(year), month, Math.min(day, month.length(java.time.Year.isLeap(Integer.parseInt(year))))), text);
        }
        if (published == null) {
            return EventDate.unknown(text);
        }
        int y = published.getYear();
        if (month == Month.FEBRUARY && day == 29 && !java.time.Year.isLeap(y)) {
            y--;
        }
        LocalDate d = LocalDate.of(y, month, day);
        if (d.isAfter(published.plusDays(AHEAD_DAYS))) {
            d = d.minusYears(1);
        }
        return EventDate.day(d, text);
    }

    /** The most recent given weekday on or before the publication date. */
    static LocalDate lastWeekday(LocalDate published, DayOfWeek day) {
        return published.with(TemporalAdjusters.previousOrSame(day));
    }

    private static Month month(String name) {
        return CALENDAR.month(name);
    }

    private static void add(List<DateMention> out, boolean[] used, Sentence s, Matcher m, EventDate date) {
        add(out, used, s, m.start(), m.end(), m.group(), date);
    }

    private static void add(List<DateMention> out, boolean[] used, Sentence s, int start, int end, String words, EventDate date) {
        if (PERIOD_BOUND.matcher(s.text().substring(Math.max(0, start - 16), start)).find()) {
            return; // the start or end of a period, not when something happened
        }
        for (int i = start; i < end; i++) {
            if (used[i]) {
                return;
            }
        }
        for (int i = start; i < end; i++) {
            used[i] = true;
        }
        out.add(new DateMention(s.index(), s.start() + start, s.start() + end, words, date));
    }
}
