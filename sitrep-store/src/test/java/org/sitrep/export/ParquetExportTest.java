package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.store.StoredEvent;

/** Our Parquet writer, read back by an independent reader (DuckDB). */
class ParquetExportTest {

    @TempDir
    Path dir;

    private static StoredEvent event(String id, Location where, Count killed, Count injured) {
        Event e = new Event(id, Event.Category.ATTACK, null, "ASSAULT", EventDate.day(LocalDate.of(2025, 8, 17), "late Sunday"),
                where, null, null, List.of("drone", "missile"), List.of(), new Casualties(killed, injured, null, null, null),
                List.of(), List.of("the mayor"), List.of(), 0.8);
        return new StoredEvent(e, 3, List.of());
    }

    @Test
    void writesAFileThatAnotherParquetReaderReads() throws Exception {
        Location kharkiv = new Location("Kharkiv", "Kharkiv Oblast", null, "Ukraine", "UA", 49.98, 36.25, Location.Level.CITY, 706483);
        List<StoredEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.add(event("evt-" + i, i % 3 == 0 ? null : kharkiv, i % 2 == 0 ? Count.atLeast(i) : null, Count.exactly(i + 1)));
        }
        Path file = dir.resolve("events.parquet");
        try (OutputStream out = Files.newOutputStream(file)) {
            Exporter.of("parquet").write(events, out);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT event_id, location, latitude, killed_best, killed_high, injured_best, weapons, reports "
                     + "FROM read_parquet('" + file + "') ORDER BY reports, event_id")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                String id = rs.getString(1);
                int i = Integer.parseInt(id.substring(4));
                assertEquals(i % 3 == 0 ? null : "Kharkiv", rs.getString(2), id);
                assertEquals(i % 2 == 0 ? (Object) i : null, rs.getObject(4), id);
                assertNull(rs.getObject(5), "'at least' has no high: " + id);
                assertEquals(i + 1, rs.getInt(6), id);
                assertEquals("drone;missile", rs.getString(7));
                assertEquals(3, rs.getInt(8));
                if (i % 3 != 0) {
                    assertEquals(49.98, rs.getDouble(3), 1e-9);
                }
            }
            assertEquals(20, rows);
        }
    }
}
