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
    void readsAMonthWithoutAYearAsTheLastSuchMonthUpToPublication() {
        EventDate july = first("Monitors counted 40 dead in the city in July.", MONDAY_18_AUG);
        assertEquals(LocalDate.of(2025, 7, 1), july.start());
        assertEquals(LocalDate.of(2025, 7, 31), july.end());
        assertEquals(EventDate.Precision.MONTH, july.precision());
        assertEquals(LocalDate.of(2024, 11, 1), first("During November the shelling eased.", MONDAY_18_AUG).start(), "last year's");
        assertEquals(MONDAY_18_AUG, first("Strikes grew more frequent in August.", MONDAY_18_AUG).end(), "this month, up to the day");
        assertEquals(LocalDate.of(2025, 8, 17), first("The strike on August 17 killed two.", MONDAY_18_AUG).start(), "a day of a month stays a day");
    }

    @Test
    void coversBothCalendarDaysOfOvernight() {
        EventDate d = first("Drones attacked Odesa overnight.", MONDAY_18_AUG);
        assertEquals(LocalDate.of(2025, 8, 17), d.start());
        assertEquals(MONDAY_18_AUG, d.end());
    }

    @Test
    void readsThePastDayAsTheDayBeforePublicationAndPublication() {
        EventDate d = first("Shelling hit six villages over the past day, officials said.", MONDAY_18_AUG);
        assertEquals(LocalDate.of(2025, 8, 17), d.start());
        assertEquals(MONDAY_18_AUG, d.end());
        assertEquals(LocalDate.of(2025, 8, 17), first("Nine were hurt in the last 24 hours.", MONDAY_18_AUG).start());
    }

    @Test
    void readsNoDayFromAnImpossibleDateOrAnEndlessCountOfDays() {
        assertEquals(List.of(), resolver.find(sentence("The file was dated 2025-13-45 by mistake."), MONDAY_18_AUG).stream()
                .filter(d -> d.date().resolved()).toList());
        assertEquals(List.of(), resolver.find(sentence("It happened 99999999999 days ago, the joke went."), MONDAY_18_AUG).stream()
                .filter(d -> d.date().resolved()).toList());
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

    @Test
    void readsAWeekdayWrittenWithItsDateAsThatDate() {
        List<DateMention> found = resolver.find(sentence("They came out on Saturday 10 May to a ruined village."), LocalDate.of(2025, 5, 18));
        assertEquals(1, found.size(), found.toString());
        assertEquals(LocalDate.of(2025, 5, 10), found.get(0).date().start());
        assertEquals("on Saturday 10 May", found.get(0).text());
    }

    private List<DateMention> article(LocalDate published, String... paragraphs) {
        List<Sentence> sentences = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            sentences.add(new Sentence(i, i, at, at + paragraphs[i].length(), paragraphs[i], List.of()));
            at += paragraphs[i].length() + 2;
        }
        return resolver.find(sentences, published);
    }

    private static LocalDate dayOf(List<DateMention> found, String words) {
        return found.stream().filter(d -> d.text().equals(words)).findFirst().orElseThrow(() -> new AssertionError(found)).date().start();
    }

    @Test
    void readsBareWeekdaysOfALookBackInTheWeekItsDatedWeekdayNames() {
        LocalDate sunday18May = LocalDate.of(2025, 5, 18);
        List<DateMention> found = article(sunday18May, "A ceasefire on 10 May ended four days of strikes.",
                "A day after the first strikes, Thursday, both sides launched drones.",
                "On Friday the shelling grew.", "The family left the bunker on Saturday 10 May.",
                "\"Today I lost my son,\" he said.", "On Saturday afternoon a ceasefire was announced.");
        assertEquals(LocalDate.of(2025, 5, 8), dayOf(found, "Thursday"));
        assertEquals(LocalDate.of(2025, 5, 9), dayOf(found, "Friday"));
        assertEquals(LocalDate.of(2025, 5, 10), dayOf(found, "Saturday afternoon"));
        assertEquals(sunday18May, dayOf(found, "Today"), "words in quotes keep their own reading");
    }

    @Test
    void keepsBareWeekdaysInTheLastWeekWhenTheArticleAlsoTellsOfNow() {
        List<DateMention> found = article(LocalDate.of(2025, 5, 18), "Drones hit Odesa overnight.",
                "On Thursday a missile struck Kharkiv.", "The last big strike, on Saturday 10 May, killed three.");
        assertEquals(LocalDate.of(2025, 5, 15), dayOf(found, "Thursday"));
        List<DateMention> opensOnThursday = article(LocalDate.of(2025, 5, 18), "Missiles struck Kharkiv on Thursday, killing four.",
                "The city was last hit on Saturday 10 May.");
        assertEquals(LocalDate.of(2025, 5, 15), dayOf(opensOnThursday, "on Thursday"), "a report that opens on a weekday tells of this week");
    }

    @Test
    void datesTheFollowingNightAndDaysLaterFromTheDayNamedBefore() {
        List<DateMention> found = article(LocalDate.of(2025, 7, 20), "The following day was quiet.", "On 7 July a bomb hit a school.",
                "The following night, drones hit a block.", "Two days later a shell struck the market. That evening the power failed.");
        assertEquals(List.of("7 July", "The following night", "Two days later", "That evening"), found.stream().map(DateMention::text).toList(),
                "with no day named before it, 'the following day' says nothing");
        EventDate night = found.get(1).date();
        assertEquals(LocalDate.of(2025, 7, 7), night.start());
        assertEquals(LocalDate.of(2025, 7, 8), night.end());
        assertEquals(LocalDate.of(2025, 7, 9), found.get(2).date().start());
        assertEquals(LocalDate.of(2025, 7, 9), found.get(3).date().start());
    }

    @Test
    void readsTheEarlyHoursOfANamedDayAsTheNightBeforeIt() {
        List<DateMention> found = resolver.find(sentence("A missile hit the block in the early hours of Tuesday morning."), LocalDate.of(2025, 6, 18));
        assertEquals(1, found.size(), found.toString());
        assertEquals(LocalDate.of(2025, 6, 16), found.get(0).date().start());
        assertEquals(LocalDate.of(2025, 6, 17), found.get(0).date().end());
        assertEquals(LocalDate.of(2025, 6, 12), first("The war began in the early hours of Friday 13 June.", LocalDate.of(2025, 6, 28)).start());
    }

    @Test
    void readsOvernightIntoANamedDayAsTheNightThatEndsOnIt() {
        LocalDate sunday = LocalDate.of(2025, 9, 14);
        EventDate into = first("Drones struck the port overnight into Saturday.", sunday);
        assertEquals(LocalDate.of(2025, 9, 12), into.start());
        assertEquals(LocalDate.of(2025, 9, 13), into.end());
        assertEquals("overnight into Saturday", into.text());
        assertEquals(LocalDate.of(2025, 9, 12), first("Shelling went on during the night to Saturday.", sunday).start());
    }

    @Test
    void readsADateInTheWeekAfterPublicationAsComingNotAsLastYears() {
        LocalDate wednesday = LocalDate.of(2025, 5, 7);
        assertEquals(LocalDate.of(2025, 5, 9), first("The truce is to hold on 9 May.", wednesday).start());
        assertEquals(LocalDate.of(2024, 5, 20), first("The strike on 20 May killed two.", wednesday).start(),
                "beyond a week ahead, the date is last year's");
    }

    @Test
    void readsBareWeekdaysOfALookBackForwardFromTheDayItBegan() {
        List<DateMention> found = article(LocalDate.of(2025, 6, 28), "The war began on Friday 13 June, when jets struck sites across Iran.",
                "On Sunday, a missile hit a building in Bat Yam.", "Israel struck the broadcaster in Tehran on Monday.",
                "A ceasefire took effect on 24 June.");
        assertEquals(LocalDate.of(2025, 6, 15), dayOf(found, "Sunday"), "the Sunday after the war began, not the one before publication");
        assertEquals(LocalDate.of(2025, 6, 16), dayOf(found, "on Monday"));
    }
}
