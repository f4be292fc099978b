package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Articles;
import org.sitrep.model.ArticleResult;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;

/** The seed article end to end: the events its gold file lists (shared/eval/dev/seed). */
class SeedArticleTest {

    private static final int KHARKIV = 706483;
    private static final LocalDate SUNDAY_17_AUG = LocalDate.of(2025, 8, 17);
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard();
    }

    private static ArticleResult run(String resource) throws URISyntaxException {
        Path file = Path.of(SeedArticleTest.class.getResource(resource).toURI());
        return pipeline.process(new Articles().readFile(file).articles().get(0));
    }

    private static List<Event> attacks(ArticleResult r) {
        return r.events().stream().filter(e -> e.category() == Event.Category.ATTACK).toList();
    }

    private static Event at(List<Event> events, String place) {
        return events.stream().filter(e -> e.location().name().equals(place)).findFirst()
                .orElseThrow(() -> new AssertionError("no event at " + place + "; events at "
                        + events.stream().map(e -> e.location().name()).toList()));
    }

    @Test
    void findsTheKharkivMissileStrikeWithItsToll() throws URISyntaxException {
        ArticleResult r = run("/org/sitrep/seed/seed-kharkiv.txt");
        assertEquals(2, attacks(r).size(), "attacks: " + attacks(r).stream().map(e -> e.location().name()).toList());
        Event k = at(attacks(r), "Kharkiv");
        assertEquals(KHARKIV, k.location().geonameId());
        assertEquals("Kharkiv Oblast", k.location().admin1());
        assertEquals(SUNDAY_17_AUG, k.date().start(), "date from 'late Sunday' against 2025-08-18");
        assertEquals("late Sunday", k.date().text());
        assertEquals("Russia", k.initiator().name());
        assertEquals(List.of("ballistic_missile"), k.weapons());
        assertEquals(List.of("residential"), k.targets());
        assertEquals(11, k.casualties().injured().best());
        assertEquals(1, k.casualties().childrenInjured().best());
        assertNull(k.casualties().killed());
        assertTrue(k.sources().contains("Ukrainian authorities"), k.sources().toString());
    }

    @Test
    void findsTheSumyBombAttackWithItsTargets() throws URISyntaxException {
        Event s = at(attacks(run("/org/sitrep/seed/seed-kharkiv.txt")), "Sumy");
        assertEquals("UA", s.location().countryCode());
        assertEquals(List.of("guided_aerial_bomb"), s.weapons());
        assertTrue(s.targets().containsAll(List.of("residential", "education")), s.targets().toString());
        assertEquals(1, s.casualties().injured().best());
        assertEquals("Russia", s.initiator().name());
    }

    @Test
    void pointsEvidenceIntoTheCleanedText() throws URISyntaxException {
        ArticleResult r = run("/org/sitrep/seed/seed-kharkiv.txt");
        for (Event e : r.events()) {
            for (Evidence v : e.evidence()) {
                assertEquals(v.text(), r.article().text().substring(v.start(), v.end()), "evidence of " + v.field());
            }
        }
        Event k = at(attacks(r), "Kharkiv");
        assertTrue(k.evidence().stream().anyMatch(v -> v.field().equals("casualties.injured")));
    }

    @Test
    void codesTheTalksTheDemandAndTheAccusation() throws URISyntaxException {
        List<String> plover = run("/org/sitrep/seed/seed-kharkiv.txt").events().stream()
                .filter(e -> e.category() == Event.Category.POLITICAL).map(Event::plover).toList();
        assertTrue(plover.containsAll(List.of("CONSULT", "REQUEST", "ACCUSE")), plover.toString());
    }

    @Test
    void leavesDatesUnresolvedWithAWarningWhenPublicationDateIsMissing() throws URISyntaxException {
        ArticleResult r = run("/org/sitrep/seed/seed-kharkiv-undated.txt");
        assertNull(r.article().published());
        assertFalse(r.warnings().isEmpty());
        assertTrue(r.warnings().get(0).contains("published date unknown"), r.warnings().toString());
        Event k = at(attacks(r), "Kharkiv");
        assertEquals(EventDate.Precision.UNKNOWN, k.date().precision());
        assertEquals("late Sunday", k.date().text());
        assertEquals(11, k.casualties().injured().best());
        assertNotNull(at(attacks(r), "Sumy"));
        assertEquals(2, attacks(r).size());
    }

    @Test
    void givesTheSameIdsForTheSameText() throws URISyntaxException {
        List<String> a = run("/org/sitrep/seed/seed-kharkiv.txt").events().stream().map(Event::id).toList();
        List<String> b = run("/org/sitrep/seed/seed-kharkiv.txt").events().stream().map(Event::id).toList();
        assertEquals(a, b);
        assertEquals(a.size(), a.stream().distinct().count(), "ids are unique: " + a);
    }
}
