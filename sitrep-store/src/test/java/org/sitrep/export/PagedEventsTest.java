package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.Pipeline;
import org.sitrep.model.Article;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;

class PagedEventsTest {

    private static final String[] CITIES = {"Kharkiv", "Odesa", "Sumy", "Dnipro", "Kherson"};

    private static List<String> ids(Iterable<StoredEvent> events) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.event().id()));
        return out;
    }

    @Test
    void readsEveryMatchingEventOnceAcrossPagesInTheQuerysOrder() throws Exception {
        Path dir = Files.createTempDirectory("sitrep-paged");
        Pipeline pipeline = Pipeline.standard();
        try (Store store = Store.open("jdbc:sqlite:" + dir.resolve("paged.db"))) {
            for (int i = 0; i < CITIES.length; i++) {
                store.put(pipeline.process(new Article("a" + i, null, null, LocalDate.of(2025, 8, 10 + i), null, null, null,
                        "A Russian missile hit " + CITIES[i] + " on Saturday, killing " + (i + 2) + " people, the governor said.")));
            }
            List<String> whole = ids(store.events(EventQuery.all()));
            assertEquals(CITIES.length, whole.size());
            assertEquals(whole, ids(new PagedEvents(store, EventQuery.all(), false, 2)));
            assertEquals(whole.subList(1, 4), ids(new PagedEvents(store, EventQuery.builder().offset(1).limit(3).build(), false, 2)),
                    "the query's own offset and limit hold across pages");
            for (StoredEvent e : new PagedEvents(store, EventQuery.all(), true, 2)) {
                assertFalse(e.reports().isEmpty(), "read with its reports: " + e.event().id());
            }
        }
    }
}
