package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile inputs of issue 13, made at test time and read in one batch by {@code sitrep extract} and
 * {@code sitrep ingest} in a JVM of the default 512 MB heap: each bad input is one line naming it and the reason,
 * every good article is read, the exit status says that something failed, and the batch ends.
 */
class HostileInputIT {

    private static final String GOOD = "Published: 2025-08-18\n\nRussian drones struck Odesa overnight, killing two people, the governor said.\n";
    private static final String SENTENCE = "Russian drones struck Kharkiv on Sunday, killing two people and injuring 11, the governor said. ";

    @TempDir
    Path dir;

    /** The inputs, each with what its line on standard error must say (null: read as an article). */
    private Map<String, String> write(Path in) throws IOException {
        Files.writeString(in.resolve("good.txt"), GOOD);
        Files.writeString(in.resolve("place-list.txt"), "Published: 2025-08-18\n\nMissiles struck "
                + String.join(", ", Collections.nCopies(200, "Kharkiv, Odesa, Sumy, Dnipro, Kherson")) + " overnight.\n");
        Files.writeString(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(5000) + "<p>Drones hit Kharkiv on Sunday.</p>"
                + "</div>".repeat(5000) + "</body></html>");
        Files.writeString(in.resolve("ten-mb.txt"), "Published: 2025-08-18\n\n" + SENTENCE.repeat(10_000_000 / SENTENCE.length()));
        Files.writeString(in.resolve("attributes.html"), "<html><body><div data-a=\"" + "a".repeat(20_000_000) + "\"><p>A drone hit Sumy.</p></div>"
                + "<div data-b=\"" + "b".repeat(20_000_000) + "\"></div></body></html>");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.jsonl.gz")))) {
            gz.write("{\"id\":\"x\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] a = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 100; i++) {
                gz.write(a);
            }
            gz.write("\"}\n{\"id\":\"after-bomb\",\"text\":\"A missile hit Lviv on Sunday, killing one.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(in.resolve("no-spaces.txt"), "Published: 2025-08-18\n\n" + "x".repeat(800_000));
        StringBuilder words = new StringBuilder("Published: 2025-08-18\n\n");
        String[] w = SENTENCE.replaceAll("[,.]", "").split(" ");
        for (int i = 0; words.length() < 800_000; i++) {
            words.append(w[(i * 7) % w.length]).append(' ');
        }
        Files.writeString(in.resolve("no-punctuation.txt"), words);
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        jsonl.writeBytes(("{\"id\": \"\", \"text\": \"A drone hit Kharkiv.\"}\n{\"id\": {}, \"text\": \"x\"}\n{\"id\": \"n\", \"text\": 12.5}\n"
                + "{\"id\": \"u\", \"text\": \"caf").getBytes(StandardCharsets.UTF_8));
        jsonl.writeBytes(new byte[] {(byte) 0xE9, '"', '}', '\n'});
        jsonl.writeBytes("{\"id\": \"fine\", \"text\": \"A missile hit Dnipro on Sunday, injuring four.\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("bad-records.jsonl"), jsonl.toByteArray());
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            records.append("{\"id\":\"r").append(i).append("\",\"text\":\"A drone hit Kharkiv on Sunday, injuring ").append(i + 1).append(" people.\"}\n");
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(records.toString().getBytes(StandardCharsets.UTF_8));
        }
        Files.write(in.resolve("truncated.jsonl.gz"), java.util.Arrays.copyOf(zipped.toByteArray(), zipped.size() / 2));
        Files.write(in.resolve("utf16.txt"), "Published: 2025-08-18\n\nA drone hit Sumy on Sunday, injuring three.\n".getBytes(StandardCharsets.UTF_16));
        Files.writeString(in.resolve("year-one.txt"), "Published: 0001-01-01\n\nA drone hit Sumy, injuring three.\n");
        Files.writeString(in.resolve("impossible-date.txt"), "Published: 2025-13-45\n\nA drone hit Sumy.\n");
        Files.writeString(in.resolve("days-ago.txt"), "Published: 2025-08-18\n\nA drone hit Sumy 99999999999 days ago, injuring three.\n");
        Files.writeString(in.resolve("empty.txt"), "");
        byte[] binary = new byte[2560];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        Files.write(in.resolve("binary.txt"), binary);
        return Map.ofEntries(
                Map.entry("attributes.html", "more than the 8 MB a news page can be"),
                Map.entry("bad-records.jsonl:1", "field 'id' is empty"),
                Map.entry("bad-records.jsonl:2", "field 'id' must be a string"),
                Map.entry("bad-records.jsonl:3", "field 'text' must be a string"),
                Map.entry("bad-records.jsonl:4", "line is not valid UTF-8"),
                Map.entry("bomb.jsonl.gz:1", "longer than 16777216: skipped"),
                Map.entry("truncated.jsonl.gz", "file is cut short or corrupt"),
                Map.entry("year-one.txt", "is out of range"),
                Map.entry("impossible-date.txt", "is not a calendar date"),
                Map.entry("empty.txt", "file is empty"),
                Map.entry("binary.txt", "file is binary"));
    }

    private static Process sitrep(Path log, Path out, String... args) throws IOException {
        return new ProcessBuilder(ChildJvm.sitrep(List.of("-Xmx512m"), args)).redirectError(log.toFile()).redirectOutput(out.toFile()).start();
    }

    @Test
    void readsEveryGoodArticleAndNamesEveryBadInputInOneBatchWithinTheDefaultHeap() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Map<String, String> expected = write(in);
        Path log = dir.resolve("extract.log"), out = dir.resolve("extract.jsonl");
        Process extract = sitrep(log, out, "extract", "--format", "jsonl", in.toString());
        assertTrue(extract.waitFor(300, TimeUnit.SECONDS), "the batch ends");
        String err = Files.readString(log);
        assertEquals(1, extract.exitValue(), err);
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertTrue(err.lines().anyMatch(l -> (l.contains("/" + e.getKey() + ":") || l.contains("/" + e.getKey() + " ")) && l.contains(e.getValue())),
                    e.getKey() + " should say '" + e.getValue() + "'; standard error:\n" + err);
        }
        String articles = Files.readString(out);
        for (String id : List.of("good", "deep", "fine", "after-bomb", "r0", "utf16", "days-ago")) {
            assertTrue(articles.contains("\"id\":\"" + id + "\""), "article " + id + " read; standard error:\n" + err);
        }
        for (String id : List.of("place-list", "ten-mb", "no-spaces", "no-punctuation")) { // read, or failed alone past its time
            assertTrue(articles.contains("\"id\":\"" + id + "\"") || err.contains("article " + id + ": it took longer than"),
                    "article " + id + " read or failed alone; standard error:\n" + err);
        }

        Path db = dir.resolve("hostile.db");
        Process first = sitrep(dir.resolve("first.log"), dir.resolve("first.out"), "ingest", "--db", "jdbc:sqlite:" + db, in.resolve("good.txt").toString());
        assertTrue(first.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), Files.readString(dir.resolve("first.log")));
        Process ingest = sitrep(dir.resolve("ingest.log"), dir.resolve("ingest.out"), "ingest", "--db", "jdbc:sqlite:" + db, in.toString());
        assertTrue(ingest.waitFor(300, TimeUnit.SECONDS), "the ingest ends");
        String ingested = Files.readString(dir.resolve("ingest.log"));
        assertEquals(1, ingest.exitValue(), ingested);
        assertTrue(ingested.contains("1 unchanged (already stored)"), "the article stored before is still there: " + ingested);
        assertTrue(ingested.lines().anyMatch(l -> l.contains("bomb.jsonl.gz:1") && l.contains("skipped")), ingested);
    }
}
