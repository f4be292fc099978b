package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Location;

class RuleMergerTest {

    private static Location unlisted(String name) {
        return new Location(name, "Borno State", null, "Nigeria", "NG", 11.5, 13.0, Location.Level.CITY, null);
    }

    @Test
    void tellsApartTwoVillagesTheGazetteerLacksThoughBothSitAtTheirRegionsCentre() {
        assertFalse(RuleMerger.samePlace(unlisted("Qarrazumo"), unlisted("Tolluwari")));
        assertTrue(RuleMerger.samePlace(unlisted("Qarrazumo"), unlisted("qarrazumo")));
        Location town = new Location("Maiduguri", "Borno State", null, "Nigeria", "NG", 11.85, 13.16, Location.Level.CITY, 2331447);
        assertTrue(RuleMerger.samePlace(town, new Location("Maiduguri", "Borno State", null, "Nigeria", "NG", 11.84, 13.15, Location.Level.CITY, 2331447)));
    }
}
