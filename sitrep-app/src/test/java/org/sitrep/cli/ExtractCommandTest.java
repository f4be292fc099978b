package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void writesOneJsonLinePerArticleAndReportsTheBadFileWithNonZeroStatus() throws IOException {
        Files.writeString(dir.resolve("odesa.txt"), "Published: 2025-06-10\n\n"
                + "Russian drones killed one man and injured four people in Odesa overnight, governor Oleh Kiper said.");
        Files.writeString(dir.resolve("broken.txt"), "Published: yesterday\n\nText.");
        CliRun r = run("extract", "--format", "jsonl", dir.toString());
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
        assertTrue(r.err().contains("1 article extracted, 1 input failed"), r.err());
        assertTrue(!r.err().contains("Exception"), "no stack trace for a user mistake: " + r.err());
    }

    @Test
    void prettyPrintsASingleArticle() throws IOException {
        Path f = Files.writeString(dir.resolve("kyiv.txt"), "Published: 2025-06-23\n\nFour people were killed in Kyiv in a Russian missile attack.");
        CliRun r = run("extract", f.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("{\n"), r.out());
        assertEquals("kyiv", new ObjectMapper().readTree(r.out()).get("article").get("id").asText());
    }

    @Test
    void printsTheExampleTheReadmeShowsLineForLine() throws Exception {
        Path seed = dir.resolve("seed-kharkiv.txt");
        try (var in = ExtractCommandTest.class.getResourceAsStream("/org/sitrep/seed/seed-kharkiv.txt")) {
            Files.copy(in, seed);
        }
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> shown = readme.substring(readme.indexOf("```json\n") + 8).lines().toList();
        List<String> printed = run("extract", seed.toString()).out().lines().toList();
        int evidence = shown.indexOf("      \"evidence\": [");
        assertTrue(evidence > 0, "the README's example reaches the first event's evidence");
        assertEquals(printed.subList(0, evidence + 1), shown.subList(0, evidence + 1), "README.md's example up to the shortened evidence");
    }
}
