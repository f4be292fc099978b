package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
 * on 18 May, tells the week the story is told in, so its bare "Thursday" and "Friday" are the days before that
 * Saturday, not the last ones before publication. Only when nothing outside quotes is dated later than that day
 * ("today", "overnight", "on 15 May" make the article a report of now, where bare weekdays are this week's), and
 * when the first day the article names is a date, not a bare weekday.
 */
final class StoryWeek {

    private static final Pattern DATED_WEEKDAY = Pattern.compile("(?i)\\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:\\d|[A-Z][a-z]+ \\d)");
    private static final Pattern BARE_WEEKDAY = Pattern.compile("(?i)^(?:(?:late|early|on|last) )?(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b(?:'s)?(?: (night|morning|evening|afternoon))?$");
    /** A week before publication: a bare weekday cannot be older. */
    private static final int WEEK = 6;

    private StoryWeek() {
    }

    /** The mentions, with bare weekdays moved into the story's week where the article has one. */
    static List<DateMention> apply(List<DateMention> mentions, List<Sentence> sentences, LocalDate published) {
        LocalDate anchor = lastDay(mentions, sentences, published);
        if (anchor == null) {
            return mentions;
        }
        List<DateMention> out = new ArrayList<>(mentions.size());
        for (DateMention d : mentions) {
            Matcher bare = BARE_WEEKDAY.matcher(d.text());
            if (bare.matches() && d.date().resolved()) {
                LocalDate day = NewsDateResolver.lastWeekday(anchor, day(bare.group(1)));
                boolean night = "night".equalsIgnoreCase(bare.group(2));
                d = new DateMention(d.sentence(), d.start(), d.end(), d.text(),
                        new EventDate(day, night ? day.plusDays(1) : day, EventDate.Precision.DAY, d.text()));
            }
            out.add(d);
        }
        return out;
    }

    /** The last day of the earlier week a look back tells of (its latest dated weekday), or null for a report of now. */
    static LocalDate lastDay(List<DateMention> mentions, List<Sentence> sentences, LocalDate published) {
        if (published == null) {
            return null;
        }
        LocalDate anchor = null;
        for (DateMention d : mentions) {
            Matcher m = DATED_WEEKDAY.matcher(d.text());
            if (m.find() && d.date().precision() == EventDate.Precision.DAY && d.date().start().isBefore(published.minusDays(WEEK))
                    && d.date().start().getDayOfWeek() == day(m.group(1)) && (anchor == null || d.date().start().isAfter(anchor))) {
                anchor = d.date().start();
            }
        }
        DateMention firstDay = mentions.stream().filter(d -> d.date().precision() == EventDate.Precision.DAY).findFirst().orElse(null);
        if (anchor == null || BARE_WEEKDAY.matcher(firstDay.text()).matches()) {
            return null; // a report that opens on "Thursday" tells of this week, whatever older day it names later
        }
        boolean[] quoted = quoted(mentions, sentences);
        for (int i = 0; i < mentions.size(); i++) {
            DateMention d = mentions.get(i);
            if (!quoted[i] && !BARE_WEEKDAY.matcher(d.text()).matches() && d.date().resolved() && d.date().start().isAfter(anchor)) {
                return null; // a report of now that also names an older day
            }
        }
        return anchor;
    }

    private static DayOfWeek day(String stem) {
        return DayOfWeek.valueOf((stem + "DAY").toUpperCase(Locale.ROOT));
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
