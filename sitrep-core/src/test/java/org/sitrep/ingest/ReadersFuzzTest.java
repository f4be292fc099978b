package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every reader on bytes made by the fuzzer: whatever comes in, a reader answers with articles or with errors that
 * name the input and the reason, and never throws. In `mvn verify` each target runs on its kept inputs
 * (ReadersFuzzTestInputs) and then, in the fuzz executions of the build, fuzzes for a bounded time.
 */
class ReadersFuzzTest {

    private static final Articles ARTICLES = new Articles();

    private static void answers(ReadResult r) {
        assertTrue(!r.articles().isEmpty() || !r.errors().isEmpty(), "no article and no error for " + r.source());
        r.errors().forEach(e -> assertTrue(e.reason() != null && !e.reason().isBlank(), "an error without a reason: " + e));
        r.articles().forEach(a -> assertTrue(a.id() != null && a.text() != null, "an article without id or text"));
    }

    /** The file path a user would give, with this extension. */
    private static List<ReadResult> asFile(byte[] bytes, String extension) throws IOException {
        Path file = Files.createTempFile("fuzz", extension);
        try {
            Files.write(file, bytes);
            List<ReadResult> out = new ArrayList<>();
            ARTICLES.read(List.of(file.toString()), new ByteArrayInputStream(new byte[0]), out::add);
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void text(byte[] bytes) {
        answers(ARTICLES.readBytes("fuzz.txt", "fuzz", bytes, "text/plain"));
    }

    @FuzzTest(maxDuration = "10s")
    void html(byte[] bytes) {
        answers(ARTICLES.readBytes("fuzz.html", "fuzz", bytes, "text/html"));
    }

    @FuzzTest(maxDuration = "10s")
    void jsonLines(byte[] bytes) throws IOException {
        asFile(bytes, ".jsonl").forEach(ReadersFuzzTest::answers);
    }

    @FuzzTest(maxDuration = "10s")
    void warc(byte[] bytes) throws IOException {
        for (ReadResult r : asFile(bytes, ".warc")) {
            r.errors().forEach(e -> assertTrue(!e.reason().isBlank(), "an error without a reason: " + e));
        }
    }

    @FuzzTest(maxDuration = "10s")
    void feed(byte[] bytes) throws IOException {
        asFile(bytes, ".rss").forEach(ReadersFuzzTest::answers);
    }
}
