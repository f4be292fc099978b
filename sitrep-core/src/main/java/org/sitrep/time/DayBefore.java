package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.NumberWords;
import org.sitrep.model.DateMention;
import org.sitrep.model.EventDate;

/**
 * Days a story tells by the day it named before: "that evening", "the following night", "two days later". The
 * sentence alone cannot say which day; the article's last day named before it does. Without one they say nothing.
 */
final class DayBefore {

    /** Every phrase told by the day before, as one sentence's pass finds it. */
    static final Pattern PHRASE = Pattern.compile("(?i)\\b(?:(that)|the (?:following|next)) (day|night|morning|afternoon|evening)\\b"
            + "|\\b(" + NumberWords.english().pattern() + ") days? later\\b");

    private DayBefore() {
    }

    /**
     * The mentions, each of these phrases dated from the last day named before it, or left out when there was none;
     * {@code number} reads "a", "two" and the like.
     */
    static List<DateMention> resolve(List<DateMention> mentions, ToIntFunction<String> number) {
        List<DateMention> out = new ArrayList<>(mentions.size());
        LocalDate last = null;
        for (DateMention d : mentions) {
            Matcher m = PHRASE.matcher(d.text());
            if (!d.date().resolved() && m.matches()) {
                if (last == null) {
                    continue;
                }
                d = new DateMention(d.sentence(), d.start(), d.end(), d.text(), after(last, m, number));
            }
            if (d.date().precision() == EventDate.Precision.DAY) {
                last = d.date().start();
            }
            out.add(d);
        }
        return out;
    }

    private static EventDate after(LocalDate last, Matcher m, ToIntFunction<String> number) {
        String part = m.group(2) == null ? "day" : m.group(2).toLowerCase(Locale.ROOT);
        int days = m.group(3) != null ? number.applyAsInt(m.group(3))
                : m.group(1) != null || part.equals("night") ? 0 : 1; // "that day"; "the following night" is the night after it
        LocalDate day = last.plusDays(days);
        return new EventDate(day, part.equals("night") ? day.plusDays(1) : day, EventDate.Precision.DAY, m.group());
    }
}
