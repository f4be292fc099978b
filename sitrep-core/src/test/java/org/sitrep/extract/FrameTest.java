package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Location;

class FrameTest {

    private static Location town(String name, Integer geonameId) {
        return new Location(name, "West Bank", null, "Palestine", "PS", 32.31, 35.03, Location.Level.CITY, geonameId);
    }

    @Test
    void takesOneGazetteerEntryUnderTwoSpellingsForOnePlace() {
        assertTrue(Frame.samePlace(town("Tulkarm", 281577), town("Ţūlkarm", 281577)));
        assertFalse(Frame.samePlace(town("Tulkarm", 281577), town("Tulkarm", 999)), "two entries of one name are two places");
        assertTrue(Frame.samePlace(town("Funduq", null), town("Funduq", null)), "an unlisted place is known by its name");
        assertFalse(Frame.samePlace(town("Funduq", null), town("Azzun", null)));
    }
}
