package org.sitrep.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Location;

class AttackFeaturesTest {

    private static final Article ARTICLE = new Article("a", null, "Strike on Kharkiv kills two", LocalDate.of(2024, 5, 3),
            null, null, null, "Two were killed in Kharkiv.");

    @Test
    void describesPlaceLevelTollFocusTitleAndFinerPlaces() {
        Event city = GoldMatchTest.attack("Kharkiv", "Kharkiv Oblast", "UA", 49.98, 36.25, Location.Level.CITY, 2);
        Event region = GoldMatchTest.attack("Kharkiv Oblast", "Kharkiv Oblast", "UA", 49.5, 36.5, Location.Level.ADMIN1, null);
        Event abroad = GoldMatchTest.attack("Belgorod", "Belgorod Oblast", "RU", 50.6, 36.6, Location.Level.CITY, null);
        List<List<String>> f = AttackFeatures.of(ARTICLE, List.of(city, region, abroad));
        assertTrue(f.get(0).containsAll(List.of("level=city", "tolls=k+i?", "focus=yes", "title=yes", "coarser=yes", "finer=no")), f.get(0).toString());
        assertTrue(f.get(1).containsAll(List.of("level=admin1", "tolls=k?i?", "finer=yes")), f.get(1).toString());
        assertTrue(f.get(2).containsAll(List.of("focus=no", "title=no")), f.get(2).toString());
    }

    @Test
    void bucketsHowLongBeforePublicationAnAttackWas() {
        LocalDate published = LocalDate.of(2024, 5, 3);
        assertEquals("0", AttackFeatures.ago(published, published, published));
        assertEquals("1", AttackFeatures.ago(published, published.minusDays(2), published.minusDays(1)));
        assertEquals("2-7", AttackFeatures.ago(published, published.minusDays(5), null));
        assertEquals("older", AttackFeatures.ago(published, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
        assertEquals("unknown", AttackFeatures.ago(null, published, published));
        assertEquals("future", AttackFeatures.ago(published, published.plusDays(1), null));
    }
}
