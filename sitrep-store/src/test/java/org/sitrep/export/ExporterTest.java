package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.merge.Report;
import org.sitrep.model.Actor;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.store.StoredEvent;

class ExporterTest {

    private static final Event KHARKIV = new Event("evt-1", Event.Category.ATTACK,
            new Event.Acled("Explosions/Remote violence", "Shelling/artillery/missile attack"), "ASSAULT",
            EventDate.day(LocalDate.of(2025, 8, 17), "late Sunday"),
            new Location("Kharkiv", "Kharkiv Oblast", null, "Ukraine", "UA", 49.98, 36.25, Location.Level.CITY, 706483),
            new Actor("Russia", "RU", "state_forces"), new Actor("civilians", "UA", "civilians"), List.of("ballistic_missile"),
            List.of("residential"), new Casualties(null, new Count(11, 13, 13), null, Count.exactly(1), true), List.of(),
            List.of("the governor, \"Oleh Syniehubov\""), List.of(), 0.9);
    private static final List<StoredEvent> EVENTS = List.of(new StoredEvent(KHARKIV, 2,
            List.of(new Report("ev-a", "a1", "https://example.org/a1", LocalDate.of(2025, 8, 18), 1, KHARKIV))));
    /** A denial: political, without a place on the map. */
    private static final Event DENIAL = new Event("evt-2", Event.Category.POLITICAL, null, "REJECT",
            EventDate.day(LocalDate.of(2025, 8, 18), "on Monday"), null, new Actor("Russia", "RU", "state_forces"), null,
            List.of(), List.of(), null, List.of(), List.of("the foreign ministry"), List.of(), 0.7);
    private static final List<StoredEvent> MIXED = List.of(EVENTS.get(0), new StoredEvent(DENIAL, 1, List.of()));

    private static String write(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.of(format).write(EVENTS, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesAcledColumnsWithQuotedFields() throws IOException {
        String[] lines = write("acled-csv").split("\r\n");
        assertEquals(String.join(",", AcledCsv.HEADER), lines[0]);
        assertTrue(lines[1].startsWith("evt-1,2025-08-17,2025,1,Explosions/Remote violence,Shelling/artillery/missile attack,Russia,civilians,Civilian targeting,Ukraine,UA,Kharkiv Oblast,Kharkiv,49.98,36.25,1,"), lines[1]);
        assertTrue(lines[1].contains("\"the governor, \"\"Oleh Syniehubov\"\"\""), "quotes doubled inside a quoted field: " + lines[1]);
        assertTrue(lines[1].contains(",0,13,,1,ballistic_missile,residential,ASSAULT,2"), lines[1]);
    }

    @Test
    void writesUcdpBestLowHighAndPrecisions() throws IOException {
        String[] lines = write("ucdp-csv").split("\r\n");
        assertEquals(String.join(",", UcdpCsv.HEADER), lines[0]);
        assertTrue(lines[1].contains(",1,2025-08-17,2025-08-17,1,0,0,0,13,11,13,"), lines[1]);
    }

    @Test
    void writesGeoJsonPointsInLonLatOrder() throws IOException {
        JsonNode fc = new ObjectMapper().readTree(write("geojson"));
        assertEquals("FeatureCollection", fc.get("type").asText());
        JsonNode coords = fc.get("features").get(0).get("geometry").get("coordinates");
        assertEquals(36.25, coords.get(0).asDouble());
        assertEquals(49.98, coords.get(1).asDouble());
        assertEquals(13, fc.get("features").get(0).get("properties").get("casualties").get("injured").get("best").asInt());
    }

    @Test
    void writesJsonLinesWithReports() throws IOException {
        JsonNode line = new ObjectMapper().readTree(write("jsonl").lines().findFirst().orElseThrow());
        assertEquals("evt-1", line.get("id").asText());
        assertEquals("a1", line.get("reports").get(0).get("articleId").asText());
    }

    private static String[] lines(String format, List<StoredEvent> events, Written[] written) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        written[0] = Exporter.of(format).write(events, out);
        return out.toString(StandardCharsets.UTF_8).split("\r\n");
    }

    @Test
    void writesPoliticalEventsToAcledAsStrategicDevelopmentsNeverAsViolence() throws IOException {
        Written[] written = new Written[1];
        String[] rows = lines("acled-csv", MIXED, written);
        assertEquals(3, rows.length);
        assertTrue(rows[2].startsWith("evt-2,2025-08-18,2025,1,Strategic developments,Other,Russia,"), rows[2]);
        assertEquals(java.util.Map.of("attack", 1, "political", 1), written[0].byCategory());
    }

    @Test
    void leavesPoliticalEventsOutOfUcdpAndSaysSo() throws IOException {
        Written[] written = new Written[1];
        String[] rows = lines("ucdp-csv", MIXED, written);
        assertEquals(2, rows.length, "header and the attack only");
        assertEquals(1, written[0].count());
        assertEquals("exported 1 event as ucdp-csv (1 attack); left out 1 (1 political: UCDP codes violence only)", written[0].summary("ucdp-csv"));
    }

    @Test
    void countsTheFeaturesItWritesAndTheEventsWithoutCoordinates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Written written = Exporter.of("geojson").write(MIXED, out);
        JsonNode fc = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(written.count(), fc.get("features").size());
        assertEquals(java.util.Map.of("no coordinates", 1), written.leftOut());
    }

    @Test
    void rejectsAnUnknownFormatListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Exporter.of("xlsx"));
        assertTrue(e.getMessage().contains("'xlsx'") && e.getMessage().contains("acled-csv"), e.getMessage());
    }
}
