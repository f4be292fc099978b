package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DateMention;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;

/**
 * A look back at days more than a week old: "Saturday 10 May", written with its weekday in an article published
 * on 18 May, says the story is told in its own time, so its bare "Thursday" and "Friday" are read where the story
 * has got to (the days before that Saturday), not as the last ones before publication.
 */
final class StoryWeek {

    private static final Pattern DATED_WEEKDAY = Pattern.compile("(?i)\\b(" + NewsDateResolver.DAYS + "),? (?:\\d|[A-Z][a-z]+ \\d)");
    /** A week before publication: a bare weekday cannot be older. */
    private static final int WEEK = 6;

    private StoryWeek() {
    }

    /**
     * The mentions, with each bare weekday of a look back placed in the story: the first such weekday from the latest
     * day told before it, unless that passes the next date the text names or publication; then the last such weekday
     * up to that next date ("on 10 May" in the opening, then "Thursday", then "Saturday 10 May": Thursday 8 May).
     */
    static List<DateMention> apply(List<DateMention> mentions, List<Sentence> sentences, LocalDate published) {
        boolean[] quoted = datedWeekday(mentions, published) ? quoted(mentions, sentences) : null;
        if (quoted == null || !lookBack(mentions, quoted)) {
            return mentions;
        }
        List<DateMention> out = new ArrayList<>(mentions);
        LocalDate story = null;
        for (int i = 0; i < out.size(); i++) {
            DateMention d = out.get(i);
            Matcher bare = NewsDateResolver.WEEKDAY.matcher(d.text());
            if (bare.matches() && d.date().resolved()) {
                DayOfWeek w = day(bare.group(1));
                LocalDate next = nextDate(out, quoted, i);
                LocalDate ahead = story == null ? null : story.with(TemporalAdjusters.nextOrSame(w));
                LocalDate day = ahead != null && !ahead.isAfter(published) && (next == null || !ahead.isAfter(next)) ? ahead
                        : next != null ? next.with(TemporalAdjusters.previousOrSame(w)) : d.date().start();
                boolean night = "night".equalsIgnoreCase(bare.group(2));
                d = new DateMention(d.sentence(), d.start(), d.end(), d.text(),
                        new EventDate(day, night ? day.plusDays(1) : day, EventDate.Precision.DAY, d.text()));
                out.set(i, d);
            }
            if (!quoted[i] && d.date().resolved() && d.date().precision() == EventDate.Precision.DAY && (story == null || d.date().end().isAfter(story))) {
                story = d.date().end();
            }
        }
        return out;
    }

    /** The start of the next date written out in digits after mention {@code i}, outside quotes, or null. */
    private static LocalDate nextDate(List<DateMention> mentions, boolean[] quoted, int i) {
        for (int k = i + 1; k < mentions.size(); k++) {
            DateMention d = mentions.get(k);
            if (!quoted[k] && NewsDateResolver.hasDigit(d.text()) && d.date().resolved() && d.date().precision() == EventDate.Precision.DAY) {
                return d.date().start();
            }
        }
        return null;
    }

    /** Whether the article names a weekday with its date more than a week before publication ("Saturday 10 May"). */
    private static boolean datedWeekday(List<DateMention> mentions, LocalDate published) {
        return published != null && mentions.stream().anyMatch(d -> {
            Matcher m = DATED_WEEKDAY.matcher(d.text());
            return m.find() && d.date().precision() == EventDate.Precision.DAY && d.date().end().isBefore(published.minusDays(WEEK))
                    && d.date().end().getDayOfWeek() == day(m.group(1));
        });
    }

    /**
     * Whether an article that names a dated weekday of an earlier week looks back at it: the first day it names is a
     * written date, and nothing outside quotes is dated by publication ("today", "overnight", "yesterday" make it a
     * report of now, where bare weekdays are this week's).
     */
    private static boolean lookBack(List<DateMention> mentions, boolean[] quoted) {
        DateMention firstDay = mentions.stream().filter(d -> d.date().precision() == EventDate.Precision.DAY).findFirst().orElseThrow();
        if (!NewsDateResolver.hasDigit(firstDay.text())) {
            return false; // a report that opens on "Thursday" or "overnight" tells of this week, whatever older day it names later
        }
        for (int i = 0; i < mentions.size(); i++) {
            DateMention d = mentions.get(i);
            if (!quoted[i] && !NewsDateResolver.hasDigit(d.text()) && !NewsDateResolver.WEEKDAY.matcher(d.text()).matches() && !DayBefore.PHRASE.matcher(d.text()).matches()
                    && d.date().resolved() && d.date().precision() == EventDate.Precision.DAY) {
                return false; // "today", "overnight": a report of now
            }
        }
        return true;
    }

    /**
     * The last day a look back tells of (its latest day named outside quotes, with bare weekdays placed as
     * {@link #apply} places them), or null for a report of now.
     */
    static LocalDate lastDay(List<DateMention> mentions, List<Sentence> sentences, LocalDate published) {
        boolean[] quoted = datedWeekday(mentions, published) ? quoted(mentions, sentences) : null;
        if (quoted == null || !lookBack(mentions, quoted)) {
            return null;
        }
        LocalDate last = null;
        for (int i = 0; i < mentions.size(); i++) {
            DateMention d = mentions.get(i);
            if (!quoted[i] && d.date().resolved() && d.date().precision() == EventDate.Precision.DAY && (last == null || d.date().end().isAfter(last))) {
                last = d.date().end();
            }
        }
        return last;
    }

    private static DayOfWeek day(String name) {
        return NewsDateResolver.CALENDAR.weekday(name);
    }

    /** Which mentions stand inside quotation marks, counted from the start of their paragraph. */
    private static boolean[] quoted(List<DateMention> mentions, List<Sentence> sentences) {
        boolean[] out = new boolean[mentions.size()];
        int k = 0, paragraph = -1;
        boolean open = false;
        for (Sentence s : sentences) {
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                open = false;
            }
            int from = 0;
            for (; k < mentions.size() && mentions.get(k).sentence() == s.index(); k++) {
                int at = mentions.get(k).start() - s.start();
                open = quotesOpen(s.text(), from, at, open);
                from = at;
                out[k] = open;
            }
            open = quotesOpen(s.text(), from, s.text().length(), open);
        }
        return out;
    }

    private static boolean quotesOpen(String text, int from, int to, boolean open) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                open = !open;
            } else if (c == '“') {
                open = true;
            } else if (c == '”') {
                open = false;
            }
        }
        return open;
    }
}
