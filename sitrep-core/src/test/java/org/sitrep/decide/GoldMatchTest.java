package org.sitrep.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;

class GoldMatchTest {

    private static final Gold.Attack KHARKIV = new Gold.Attack("Kharkiv", "Kharkiv Oblast", "UA", 49.98, 36.25, "city", List.of("2024-05-01"), 2);

    static Event attack(String name, String admin1, String cc, double lat, double lon, Location.Level level, Integer killed) {
        return new Event("e-" + name, Event.Category.ATTACK, null, "ASSAULT", EventDate.day(LocalDate.of(2024, 5, 1), "on Wednesday"),
                new Location(name, admin1, null, null, cc, lat, lon, level, null), null, null, List.of(), List.of(),
                new Casualties(killed == null ? null : Count.exactly(killed), null, null, null, null), List.of(), List.of(), List.of(), 0.5);
    }

    @Test
    void pairsAPlaceWithin30KilometresAndNotOneFurther() {
        Event near = attack("Chuhuiv", "Kharkiv Oblast", "UA", 49.84, 36.45, Location.Level.CITY, null);
        Event far = attack("Izium", "Kharkiv Oblast", "UA", 49.21, 37.26, Location.Level.CITY, null);
        assertTrue(GoldMatch.placeOk(KHARKIV, near.location()));
        assertFalse(GoldMatch.placeOk(KHARKIV, far.location()));
    }

    @Test
    void pairsTheSameNameWhereverItWasPlaced() {
        Event elsewhere = attack("Kharkiv", "Somewhere", "UA", 10, 10, Location.Level.CITY, null);
        assertEquals(Set.of(0), GoldMatch.matched(List.of(KHARKIV), List.of(elsewhere)));
    }

    @Test
    void pairsACountryGoldByCountryCodeOnly() {
        Gold.Attack country = new Gold.Attack("Ukraine", null, "UA", null, null, "country", List.of(), null);
        assertTrue(GoldMatch.placeOk(country, attack("Lviv", "Lviv Oblast", "UA", 49.84, 24.03, Location.Level.CITY, null).location()));
        assertFalse(GoldMatch.placeOk(country, attack("Belgorod", "Belgorod Oblast", "RU", 50.6, 36.6, Location.Level.CITY, null).location()));
    }

    @Test
    void usesEachGoldAttackOnceAndPrefersTheEventWithItsToll() {
        Event wrongToll = attack("Kharkiv", "Kharkiv Oblast", "UA", 49.98, 36.25, Location.Level.CITY, 7);
        Event rightToll = attack("Kharkiv", "Kharkiv Oblast", "UA", 49.99, 36.24, Location.Level.CITY, 2);
        assertEquals(Set.of(1), GoldMatch.matched(List.of(KHARKIV), List.of(wrongToll, rightToll)));
    }

    @Test
    void foldsRegionWordsAndOldSpellingsLikeTheScorer() {
        assertEquals("kyiv", GoldMatch.norm("Kiev Oblast"));
        assertEquals("zaporizhzhia", GoldMatch.norm("Zaporozhye region"));
    }
}
