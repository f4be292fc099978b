package org.sitrep.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Pipeline;
import org.sitrep.export.Exporter;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;

/** The reader on files written by the Parquet export: what it wrote comes back, nulls included. */
class ParquetRowsTest {

    @TempDir
    Path dir;

    @Test
    void readsBackTheRowsTheExportWrote() throws IOException {
        String text = "Shelling killed two people and wounded nine in Kherson on Tuesday, the regional governor said. "
                + "Separately, a drone hit a power station near Sumy overnight; nobody was hurt, officials said.";
        List<Event> events = Pipeline.standard().process(new Article("p1", null, null, LocalDate.parse("2025-05-14"), null, null, null, text)).events();
        List<StoredEvent> stored = events.stream().map(e -> new StoredEvent(e, 3, List.of())).toList();
        Path file = dir.resolve("events.parquet");
        try (OutputStream out = Files.newOutputStream(file)) {
            Exporter.of("parquet").write(stored, out);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        ParquetRows.read(file, rows::add);
        assertEquals(events.size(), rows.size());
        assertTrue(rows.size() >= 2, rows.toString());
        Map<String, Object> kherson = rows.stream().filter(r -> "Kherson".equals(r.get("location"))).findFirst().orElseThrow();
        assertEquals(2, kherson.get("killed_best"));
        assertEquals(9, kherson.get("injured_best"));
        assertEquals(3, kherson.get("reports"));
        assertTrue((Double) kherson.get("latitude") > 46, kherson.toString());
        assertNull(kherson.get("children_killed"), "a count not told is no value, not zero");
        assertEquals(events.get(0).id(), rows.get(0).get("event_id"));
    }

    @Test
    void refusesAFileThatIsNotParquetNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.parquet"), "not a parquet file at all");
        IOException e = assertThrows(IOException.class, () -> ParquetRows.read(file, r -> { }));
        assertTrue(e.getMessage().contains("notes.parquet"), e.getMessage());
    }
}
