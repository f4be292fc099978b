package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code sitrep events} and {@code sitrep export} over a real SQLite store filled by {@code sitrep ingest}. */
class EventsCommandTest {

    private static Path dir;
    private static String db;

    @BeforeAll
    static void ingest() throws Exception {
        dir = Files.createTempDirectory("sitrep-events");
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles);
        Files.writeString(articles.resolve("kharkiv.txt"), "Published: 2025-08-18\n\nA Russian glide bomb hit a market in "
                + "Kharkiv on Sunday, injuring seven people, the governor said.");
        Files.writeString(articles.resolve("talks.txt"), "Published: 2025-08-18\n\nUkraine's foreign minister held talks "
                + "with his Turkish counterpart in Ankara on Monday.");
        db = "jdbc:sqlite:" + dir.resolve("events.db");
        assertEquals(0, CliRun.of("ingest", "--db", db, articles.toString()).status());
    }

    @Test
    void refusesToInventAnEmptyDatabaseWhereNoneIs() {
        Path missing = dir.resolve("elsewhere").resolve("sitrep.db");
        CliRun r = CliRun.of("events", "--db", "jdbc:sqlite:" + missing);
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no database at " + missing), r.err());
        assertFalse(Files.exists(missing), "nothing created");
    }

    @Test
    void readsARegionAsItsWholeAreaAndSaysWhichPlaceItMeant() {
        CliRun r = CliRun.of("events", "--db", db, "--near", "Kharkiv Oblast");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("near Kharkiv Oblast, Ukraine (the whole region)"), r.err());
        assertTrue(r.out().contains("1 event (query"), r.out());
        CliRun country = CliRun.of("events", "--db", db, "--country", "Ukraine", "--category", "attack");
        assertTrue(country.out().contains("1 event (query"), country.out());
    }

    @Test
    void namesAnUnknownPlace() {
        CliRun r = CliRun.of("events", "--db", db, "--near", "Xqzzyville");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("'Xqzzyville'"), r.err());
    }

    @Test
    void exportSaysWhatItWroteAndWhatItLeftOut() throws Exception {
        Path out = dir.resolve("out.csv");
        CliRun r = CliRun.of("export", "--db", db, "--format", "ucdp-csv", "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("exported 1 event as ucdp-csv (1 attack); left out 1 (1 political"), r.err());
        assertEquals(2, Files.readAllLines(out).size());
    }
}
