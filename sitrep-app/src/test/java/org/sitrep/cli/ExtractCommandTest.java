package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void writesOneJsonLinePerArticleAndReportsTheBadFileWithNonZeroStatus() throws IOException {
        Files.writeString(dir.resolve("odesa.txt"), "Published: 2025-06-10\n\n"
                + "Russian drones killed one man and injured four people in Odesa overnight, governor Oleh Kiper said.");
        Files.writeString(dir.resolve("broken.txt"), "Published: yesterday\n\nText.");
        Run r = run("extract", "--format", "jsonl", dir.toString());
        assertEquals(1, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r.out());
        JsonNode json = new ObjectMapper().readTree(lines.get(0));
        assertEquals("sitrep.event/1", json.get("schema").asText());
        assertEquals("odesa", json.get("article").get("id").asText());
        JsonNode event = json.get("events").get(0);
        assertEquals("Odesa", event.get("location").get("name").asText());
        assertEquals(1, event.get("casualties").get("killed").get("best").asInt());
        assertEquals(4, event.get("casualties").get("injured").get("best").asInt());
        assertTrue(r.err().contains("broken.txt") && r.err().contains("'yesterday'"), r.err());
        assertTrue(r.err().contains("1 article(s) extracted, 1 input(s) failed"), r.err());
        assertTrue(!r.err().contains("Exception"), "no stack trace for a user mistake: " + r.err());
    }

    @Test
    void prettyPrintsASingleArticle() throws IOException {
        Path f = Files.writeString(dir.resolve("kyiv.txt"), "Published: 2025-06-23\n\nFour people were killed in Kyiv in a Russian missile attack.");
        Run r = run("extract", f.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("{\n"), r.out());
        assertEquals("kyiv", new ObjectMapper().readTree(r.out()).get("article").get("id").asText());
    }
}
