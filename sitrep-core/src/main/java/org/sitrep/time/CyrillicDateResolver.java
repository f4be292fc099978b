package org.sitrep.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.Apostrophes;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.model.DateMention;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;

/**
 * Dates in Ukrainian or Russian text, by the words of {@code lang/<code>/time.tsv}: a day and a month's name
 * ("20 листопада", "в ночь на 1 июня"), a weekday ("увечері неділі", "в ніч на вівторок": the last such day up to
 * publication), and days before publication ("вчора", "напередодні", "минулої доби").
 */
final class CyrillicDateResolver implements DateResolver {

    private static final Pattern DAY_BEFORE = Pattern.compile("(\\d{1,2})\\s+$");

    private final Lexicon words;

    CyrillicDateResolver(String language) {
        this.words = Lexicon.load("/org/sitrep/lang/" + language + "/time.tsv");
    }

    @Override
    public List<DateMention> find(Sentence sentence, LocalDate published) {
        String text = Apostrophes.plain(sentence.text());
        List<DateMention> out = new ArrayList<>();
        for (Lexicon.Match m : words.find(text)) {
            String[] v = m.value().split(" ");
            int start = m.start();
            EventDate date = switch (v[0]) {
                case "month" -> {
                    Matcher day = DAY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start()));
                    if (!day.find()) {
                        yield null;
                    }
                    start = m.start() - (day.end() - day.start());
                    yield dayOfMonth(Integer.parseInt(day.group(1)), Integer.parseInt(v[1]), published, text.substring(start, m.end()));
                }
                case "weekday" -> published == null ? EventDate.unknown(m.text())
                        : EventDate.day(published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(Integer.parseInt(v[1])))), m.text());
                case "offset" -> published == null ? EventDate.unknown(m.text())
                        : EventDate.day(published.minusDays(Integer.parseInt(v[1])), m.text());
                default -> null; // "в ніч на": the weekday or date after it tells the day
            };
            if (date != null) {
                out.add(new DateMention(sentence.index(), sentence.start() + start, sentence.start() + m.end(),
                        sentence.text().substring(start, m.end()), date));
            }
        }
        return out;
    }

    /** A day of a month in the year of publication, or the year before when that day would come after it. */
    private static EventDate dayOfMonth(int day, int month, LocalDate published, String text) {
        if (published == null) {
            return EventDate.unknown(text);
        }
        try {
            LocalDate d = LocalDate.of(published.getYear(), month, day);
            return EventDate.day(d.isAfter(published) ? d.minusYears(1) : d, text);
        } catch (DateTimeException e) {
            return null; // "31 лютого" is no day: a number, not a date
        }
    }
}
