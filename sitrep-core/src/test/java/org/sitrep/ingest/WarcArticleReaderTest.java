package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.model.Article;

/** WARC archives made by the test itself with jwarc, read back record by record. */
class WarcArticleReaderTest {

    @TempDir
    Path dir;

    private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2025-06-10T06:00:00Z")).body(http).build();
    }

    private static String page(String title, String text) {
        return "<html><head><title>" + title + "</title></head><body><nav>Home | World</nav><article><h1>" + title
                + "</h1><p>" + text + "</p><p>Emergency crews worked through the night to put out the fires in the city.</p></article></body></html>";
    }

    @Test
    void readsHtmlResponsesAsArticlesWithTargetUriAndCaptureDate() throws IOException {
        Path warc = dir.resolve("news.warc.gz");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(response("https://news.example.org/odesa", 200, "text/html; charset=utf-8",
                    page("Drones hit Odesa", "Russian drones struck Odesa overnight, injuring five people, the governor said.").getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://news.example.org/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            w.write(response("https://news.example.org/gone", 404, "text/html", "<html>gone</html>".getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://news.example.org/kharkiv", 200, "text/html; charset=windows-1251",
                    page("Удар по Харкову", "A missile hit Kharkiv on Monday, the mayor said.").getBytes(java.nio.charset.Charset.forName("windows-1251"))));
        }
        List<ReadResult> results = new ArrayList<>();
        new Articles().read(List.of(warc.toString()), new ByteArrayInputStream(new byte[0]), results::add);
        List<Article> articles = results.stream().flatMap(r -> r.articles().stream()).toList();
        assertEquals(2, articles.size(), "the image and the 404 are passed over: " + articles);
        Article odesa = articles.get(0);
        assertEquals("https://news.example.org/odesa", odesa.url());
        assertEquals(LocalDate.of(2025, 6, 10), odesa.published(), "the capture date stands in for a missing page date");
        assertTrue(odesa.text().contains("Russian drones struck Odesa"), odesa.text());
        assertTrue(odesa.id().startsWith("warc-"));
        assertEquals("Удар по Харкову", articles.get(1).title(), "the page's charset is honoured");
        assertTrue(results.stream().allMatch(r -> r.errors().isEmpty()));
        assertEquals(4, results.stream().mapToInt(ReadResult::records).sum(), "every record counts for progress");
        assertEquals(1.0, results.get(results.size() - 1).done(), "the archive is read to its end");
    }

    @Test
    void reportsAnArchiveThatIsNotWarc() throws IOException {
        Path bad = Files.writeString(dir.resolve("broken.warc"), "this is not a WARC file at all\n");
        List<ReadResult> results = new ArrayList<>();
        new Articles().read(List.of(bad.toString()), new ByteArrayInputStream(new byte[0]), results::add);
        assertEquals(1, results.size());
        assertTrue(results.get(0).errors().get(0).reason().contains("WARC"), results.get(0).errors().toString());
    }

    @Test
    void keepsThePagesReadBeforeAnArchiveIsCutShortAndNamesTheDamage() throws IOException {
        Path warc = dir.resolve("cut.warc.gz");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < 30; i++) {
                w.write(response("https://news.example.org/p" + i, 200, "text/html; charset=utf-8",
                        page("Drones hit Odesa " + i, "Russian drones struck Odesa overnight, injuring " + i + " people.").getBytes(StandardCharsets.UTF_8)));
            }
        }
        byte[] whole = Files.readAllBytes(warc);
        Files.write(warc, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        List<ReadResult> results = new ArrayList<>();
        new Articles().read(List.of(warc.toString()), new ByteArrayInputStream(new byte[0]), results::add);
        long pages = results.stream().mapToLong(r -> r.articles().size()).sum();
        assertTrue(pages >= 15 && pages < 30, "the pages before the cut are kept: " + pages);
        assertTrue(results.stream().flatMap(r -> r.errors().stream()).anyMatch(e -> e.reason().contains("cut short")), results.toString());
    }
}
