package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code sitrep ingest} with SIGKILL in the middle of a batch, runs it again, and checks that the
 * database then holds exactly what an uninterrupted ingest of the same articles holds: nothing lost,
 * nothing doubled, no report without its event.
 */
class IngestCrashIT {

    /** Several commit groups, so that the kill lands after one group is stored and before the last. */
    private static final int ARTICLES = 3 * org.sitrep.store.Store.INGEST_GROUP + 40;
    private static final String[] CITIES = {"Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Kherson", "Mykolaiv", "Chernihiv"};

    @TempDir
    Path dir;

    @Test
    void survivesSigkillMidIngestWithoutLosingOrDoublingAnything() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < ARTICLES; i++) {
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i % 700);
            Files.writeString(corpus.resolve(String.format("a%04d.txt", i)), "Published: " + day + "\n\n"
                    + (i + 3) + " people were injured when Russian drones struck " + CITIES[i % CITIES.length]
                    + " overnight, the regional governor said. A school and " + (i % 7 + 2) + " houses were damaged.\n");
        }
        String crashed = "jdbc:sqlite:" + dir.resolve("crashed.db");
        Process first = ingest(crashed, corpus);
        waitForArticles(crashed, org.sitrep.store.Store.INGEST_GROUP, first);
        first.destroyForcibly();
        assertTrue(first.waitFor(30, TimeUnit.SECONDS), "ingest did not stop after SIGKILL");
        long before = count(crashed, "articles");
        assertTrue(before > 0 && before < ARTICLES, "the kill should land mid-batch; stored " + before + " of " + ARTICLES);

        Process again = ingest(crashed, corpus);
        assertTrue(again.waitFor(5, TimeUnit.MINUTES), "second ingest did not finish");
        assertEquals(0, again.exitValue(), "second ingest failed");

        String clean = "jdbc:sqlite:" + dir.resolve("clean.db");
        Process reference = ingest(clean, corpus);
        assertTrue(reference.waitFor(5, TimeUnit.MINUTES), "reference ingest did not finish");

        assertEquals(ARTICLES, count(crashed, "articles"));
        for (String table : List.of("articles", "reports", "events", "sources")) {
            assertEquals(count(clean, table), count(crashed, table), table + " after a crash and a rerun differ from a clean ingest");
        }
        assertEquals(ids(clean, "SELECT id FROM reports ORDER BY id"), ids(crashed, "SELECT id FROM reports ORDER BY id"));
        assertEquals(0, count(crashed, "reports r WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = r.event_id)"), "report without event");
        assertEquals(0, count(crashed, "events e WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.event_id = e.id)"), "event without report");
    }

    private Process ingest(String db, Path corpus) throws IOException {
        return new ProcessBuilder(ChildJvm.sitrep(List.of(), "ingest", "--db", db, corpus.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("ingest-" + System.nanoTime() + ".log").toFile())
                .start();
    }

    private static void waitForArticles(String db, long atLeast, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (new File(db.substring("jdbc:sqlite:".length())).exists() && tableExists(db) && count(db, "articles") >= atLeast) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("ingest stored fewer than " + atLeast + " articles before it " + (p.isAlive() ? "timed out" : "ended"));
    }

    private static boolean tableExists(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'articles'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private static long count(String db, String from) throws SQLException {
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> ids(String db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
