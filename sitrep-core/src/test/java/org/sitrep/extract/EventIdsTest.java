package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class EventIdsTest {

    private static final Article ARTICLE = new Article("a1", null, null, null, null, null, null, "Shelling hit the town twice on Friday.");

    @Test
    void givesASecondEventWithTheSameKeyItsOwnIdAndTheSameIdsOnEveryRun() {
        EventIds first = new EventIds(ARTICLE);
        String one = first.id("attack", "Gaza Strip|ADMIN1|2025-09-12|early Friday");
        String two = first.id("attack", "Gaza Strip|ADMIN1|2025-09-12|early Friday");
        assertNotEquals(one, two, "two events of one article never share an id");
        EventIds again = new EventIds(ARTICLE);
        assertEquals(one, again.id("attack", "Gaza Strip|ADMIN1|2025-09-12|early Friday"));
        assertEquals(two, again.id("attack", "Gaza Strip|ADMIN1|2025-09-12|early Friday"));
    }
}
