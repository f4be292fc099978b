package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

class ArticlesTest {

    @TempDir
    Path dir;

    private List<ReadResult> read(String... paths) {
        List<ReadResult> out = new ArrayList<>();
        new Articles().read(List.of(paths), new ByteArrayInputStream(new byte[0]), out::add);
        return out;
    }

    private static List<Article> articles(List<ReadResult> results) {
        return results.stream().flatMap(r -> r.articles().stream()).toList();
    }

    private static List<IngestError> errors(List<ReadResult> results) {
        return results.stream().flatMap(r -> r.errors().stream()).toList();
    }

    @Test
    void readsHeaderLinesAndTakesIdFromFileName() throws IOException {
        Path f = Files.writeString(dir.resolve("odesa-strike.txt"),
                "Title: Strike on Odesa\nPublished: 2025-06-10\nURL: https://example.org/a\nCategory: Europe\n\nBody text here.\n");
        Article a = articles(read(f.toString())).get(0);
        assertEquals("odesa-strike", a.id());
        assertEquals("Strike on Odesa", a.title());
        assertEquals(LocalDate.of(2025, 6, 10), a.published());
        assertEquals("https://example.org/a", a.url());
        assertEquals("Europe", a.category());
        assertEquals("Body text here.\n", a.text());
    }

    @Test
    void treatsTextWithoutHeadersAsBody() throws IOException {
        Path f = Files.writeString(dir.resolve("plain.txt"), "Russia fired missiles at Kharkiv.\n\nTwo were hurt.");
        Article a = articles(read(f.toString())).get(0);
        assertNull(a.published());
        assertTrue(a.text().startsWith("Russia fired"));
    }

    @Test
    void reportsDateThatIsNotADateNamingFileAndValue() throws IOException {
        Path f = Files.writeString(dir.resolve("bad-date.txt"), "Published: 18/08/25\n\nBody.");
        List<ReadResult> r = read(f.toString());
        assertTrue(articles(r).isEmpty());
        String message = errors(r).get(0).toString();
        assertTrue(message.contains("bad-date.txt") && message.contains("'18/08/25'"), message);
    }

    @Test
    void rejectsEmptyBinaryAndWronglyEncodedFilesAndGoesOn() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 4});
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 bombed".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("good.txt"), "A strike hit Sumy.");
        List<ReadResult> r = read(dir.toString());
        assertEquals(List.of("good"), articles(r).stream().map(Article::id).toList());
        List<String> reasons = errors(r).stream().map(IngestError::toString).toList();
        assertEquals(3, reasons.size(), reasons.toString());
        assertTrue(reasons.stream().anyMatch(m -> m.contains("binary.txt") && m.contains("binary")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(m -> m.contains("empty.txt") && m.contains("empty")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(m -> m.contains("latin1.txt") && m.contains("UTF-8")), reasons.toString());
    }

    @Test
    void walksDirectoriesByExtensionPassingOverGoldFiles() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.txt"), "Text a.");
        Files.writeString(dir.resolve("sub/a.gold.json"), "{\"id\": \"a\"}");
        Files.writeString(dir.resolve("notes.csv"), "x,y");
        Files.writeString(dir.resolve("b.md"), "Text b.");
        assertEquals(List.of("b", "a"), articles(read(dir.toString())).stream().map(Article::id).toList());
    }

    @Test
    void readsJsonLinesReportingTheBadLineAndKeepingTheRest() throws IOException {
        Path f = Files.writeString(dir.resolve("batch.jsonl"), String.join("\n",
                "{\"id\": \"one\", \"published\": \"2025-05-25\", \"text\": \"Drones hit Kyiv.\"}",
                "{not json",
                "{\"id\": \"three\", \"text\": \"\"}",
                "{\"url\": \"https://example.org/x\", \"text\": \"Shelling in Kherson.\"}"));
        List<ReadResult> r = read(f.toString());
        List<Article> a = articles(r);
        assertEquals(2, a.size());
        assertEquals("one", a.get(0).id());
        assertTrue(a.get(1).id().startsWith("art-"), "an article without id gets a hash id: " + a.get(1).id());
        List<String> errs = errors(r).stream().map(IngestError::toString).toList();
        assertTrue(errs.get(0).startsWith(f + ":2: not valid JSON"), errs.toString());
        assertTrue(errs.get(1).startsWith(f + ":3: record has neither"), errs.toString());
    }

    @Test
    void readsStandardInputAsText() {
        List<ReadResult> out = new ArrayList<>();
        new Articles().read(List.of("-"), new ByteArrayInputStream("Published: 2025-01-02\n\nMissile hit Dnipro.".getBytes(StandardCharsets.UTF_8)), out::add);
        assertEquals(LocalDate.of(2025, 1, 2), articles(out).get(0).published());
    }

    @Test
    void reportsMissingPath() {
        assertTrue(errors(read(dir.resolve("nope.txt").toString())).get(0).reason().contains("no such file"));
    }

    @Test
    void reportsABadRecordFieldWithItsLineAndReadsTheOtherRecords() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), """
                {"id": "", "text": "Drones hit Kharkiv on Sunday."}
                {"id": {}, "text": "Drones hit Sumy on Sunday."}
                {"id": "n", "text": 12.5}
                {"id": "ok", "text": "A missile hit Odesa on Sunday."}
                """);
        List<ReadResult> results = new java.util.ArrayList<>();
        new Articles().read(List.of(file.toString()), new java.io.ByteArrayInputStream(new byte[0]), results::add);
        assertEquals(List.of("ok"), results.stream().flatMap(r -> r.articles().stream()).map(Article::id).toList());
        assertEquals(List.of("1: field 'id' is empty", "2: field 'id' must be a string, found object", "3: field 'text' must be a string, found number"),
                results.stream().flatMap(r -> r.errors().stream()).map(e -> e.line() + ": " + e.reason()).toList());
    }

    @Test
    void namesTheLineWithAByteThatIsNotUtf8AndReadsTheOthers() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("{\"id\": \"a\", \"text\": \"A drone hit Sumy on Sunday.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"b\", \"text\": \"caf".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xE9, '"', '}', '\n'});
        bytes.writeBytes("{\"id\": \"c\", \"text\": \"A missile hit Odesa on Monday.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("latin1.jsonl"), bytes.toByteArray());
        List<ReadResult> results = read(file.toString());
        assertEquals(List.of("a", "c"), articles(results).stream().map(Article::id).toList());
        IngestError e = errors(results).get(0);
        assertEquals(2, e.line());
        assertTrue(e.reason().startsWith("line is not valid UTF-8"), e.reason());
    }

    @Test
    void refusesStandardInputLargerThanAFileMayBe() {
        List<ReadResult> out = new ArrayList<>();
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        new Articles().read(List.of("-"), endless, out::add);
        assertTrue(errors(out).get(0).reason().startsWith("standard input is larger than 50 MB"), errors(out).toString());
    }

    @Test
    void keepsTheRecordsReadBeforeACompressedFileIsCutShort() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            lines.append("{\"id\": \"r").append(i).append("\", \"text\": \"A drone hit Kharkiv on Sunday, injuring ").append(i).append(" people.\"}\n");
        }
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write(lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] whole = zipped.toByteArray();
        Path file = Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        List<ReadResult> results = new java.util.ArrayList<>();
        new Articles().read(List.of(file.toString()), new java.io.ByteArrayInputStream(new byte[0]), results::add);
        long read = results.stream().mapToLong(r -> r.articles().size()).sum();
        assertTrue(read > 50 && read < 300, "the records before the cut are kept: " + read);
        assertTrue(results.stream().flatMap(r -> r.errors().stream()).anyMatch(e -> e.reason().contains("cut short")), results.toString());
    }

    @Test
    void readsUtf16TextByItsByteOrderMarkAndRefusesAPublicationYearOutOfRange() throws IOException {
        Path utf16 = Files.write(dir.resolve("u16.txt"), "Published: 2025-06-01\n\nA missile hit Kharkiv on Sunday.\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));
        Path old = Files.writeString(dir.resolve("old.txt"), "Published: 0001-01-01\n\nA drone hit Kharkiv.\n");
        List<ReadResult> results = new java.util.ArrayList<>();
        new Articles().read(List.of(utf16.toString(), old.toString()), new java.io.ByteArrayInputStream(new byte[0]), results::add);
        List<Article> read = results.stream().flatMap(r -> r.articles().stream()).toList();
        assertEquals(List.of("A missile hit Kharkiv on Sunday."), read.stream().map(a -> a.text().strip()).toList());
        assertEquals(LocalDate.of(2025, 6, 1), read.get(0).published());
        String error = results.stream().flatMap(r -> r.errors().stream()).map(IngestError::reason).findFirst().orElse("");
        assertTrue(error.contains("'0001-01-01' is out of range"), error);
    }
}
