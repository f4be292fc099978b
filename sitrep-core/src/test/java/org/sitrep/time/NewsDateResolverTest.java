package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateMention;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;

class NewsDateResolverTest {

    private static final LocalDate MONDAY_18_AUG = LocalDate.of(2025, 8, 18);
    private final DateResolver resolver = DateResolver.english();

    private static Sentence sentence(String text) {
        return new Sentence(0, 0, 0, text.length(), text, List.of());
    }

    private EventDate first(String text, LocalDate published) {
        List<DateMention> found = resolver.find(sentence(text), published);
        assertFalse(found.isEmpty(), "no date found in: " + text);
        return found.get(0).date();
    }

    @Test
    void resolvesARelativePhraseWrittenAsAPossessive() {
        EventDate d = first("Last night's strike hit a school.", MONDAY_18_AUG);
        assertEquals(LocalDate.of(2025, 8, 17), d.start());
        assertEquals("Last night's", d.text());
    }

    @Test
    void resolvesLateSundayAgainstPublicationDate() {
        EventDate d = first("Eleven were injured late Sunday when a missile hit Kharkiv.", MONDAY_18_AUG);
        assertEquals(LocalDate.of(2025, 8, 17), d.start());
        assertEquals(EventDate.Precision.DAY, d.precision());
        assertEquals("late Sunday", d.text());
    }

    @Test
    void resolvesWeekdayOfPublicationToThatDay() {
        assertEquals(MONDAY_18_AUG, first("Officials said on Monday that two died.", MONDAY_18_AUG).start());
    }

    @Test
    void resolvesDayAndMonthToLatestPastDate() {
        assertEquals(LocalDate.of(2025, 8, 17), first("The strike on 17 August killed two.", MONDAY_18_AUG).start());
        assertEquals(LocalDate.of(2024, 12, 30), first("The strike on 30 December killed two.", MONDAY_18_AUG).start());
        assertEquals(LocalDate.of(2023, 10, 7), first("Hamas attacked on 7 October 2023.", MONDAY_18_AUG).start());
    }

    @Test
    void coversBothCalendarDaysOfOvernight() {
        EventDate d = first("Drones attacked Odesa overnight.", MONDAY_18_AUG);
        assertEquals(LocalDate.of(2025, 8, 17), d.start());
        assertEquals(MONDAY_18_AUG, d.end());
    }

    @Test
    void readsLastWeekAsWeekAndEarlierThisMonthAsMonth() {
        EventDate week = first("A similar attack happened last week.", MONDAY_18_AUG);
        assertEquals(EventDate.Precision.WEEK, week.precision());
        assertEquals(LocalDate.of(2025, 8, 11), week.start());
        assertEquals(LocalDate.of(2025, 8, 17), week.end());
        EventDate month = first("Strikes earlier this month killed 5.", MONDAY_18_AUG);
        assertEquals(EventDate.Precision.MONTH, month.precision());
        assertEquals(LocalDate.of(2025, 8, 1), month.start());
    }

    @Test
    void leavesRelativeDateUnresolvedWithoutPublicationDate() {
        EventDate d = first("Eleven were injured late Sunday.", null);
        assertEquals(EventDate.Precision.UNKNOWN, d.precision());
        assertNull(d.start());
        assertEquals("late Sunday", d.text());
    }

    @Test
    void ignoresTheStartOfAPeriod() {
        List<DateMention> found = resolver.find(sentence("Strikes have continued since February 2022"), MONDAY_18_AUG);
        assertEquals(List.of(), found);
    }

    @Test
    void readsAnEarlierYearAsThatYearWithoutAPrecision() {
        EventDate d = first("In 2016, after 19 soldiers were killed in Uri, India launched strikes.", MONDAY_18_AUG);
        assertEquals(LocalDate.of(2016, 1, 1), d.start());
        assertEquals(LocalDate.of(2016, 12, 31), d.end());
        assertEquals(EventDate.Precision.UNKNOWN, d.precision());
        assertTrue(resolver.find(sentence("In 2025, talks began."), MONDAY_18_AUG).isEmpty(), "the publication year says nothing");
    }
}
