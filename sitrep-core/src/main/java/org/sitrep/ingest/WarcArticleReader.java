package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.Article;

/**
 * WARC and WARC.gz archives (jwarc), streamed record by record: every response record of an HTML page
 * with status 200 becomes an article with its target URI as URL and, when the page has no date of its own,
 * the capture date as published date. Other records are passed over; a page that cannot be read is an
 * error naming the record's offset, and the archive goes on.
 */
final class WarcArticleReader {

    private static final int MAX_PAGE_BYTES = 5 * 1024 * 1024;
    private final HtmlArticleReader html;

    WarcArticleReader(HtmlArticleReader html) {
        this.html = html;
    }

    void stream(Path file, int batch, Consumer<ReadResult> sink) throws IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            stream(file.toString(), in, java.nio.file.Files.size(file), batch, sink);
        }
    }

    /** The archive's pages from a stream ({@code size} bytes, or 0 when unknown), gzipped or not, a batch at a time. */
    void stream(String name, java.io.InputStream in, long length, int batch, Consumer<ReadResult> sink) {
        double size = Math.max(1, length);
        List<Article> articles = new ArrayList<>();
        List<IngestError> errors = new ArrayList<>();
        int records = 0;
        long read = 0;
        try (WarcReader reader = new WarcReader(in)) {
            for (WarcRecord record : reader) {
                read++;
                records++;
                if (record instanceof WarcResponse response) {
                    try {
                        Article a = article(response, name);
                        if (a != null) {
                            articles.add(a);
                        }
                    } catch (IOException | IllegalArgumentException e) {
                        errors.add(new IngestError(name, 0, "record at offset " + record.position() + " (" + response.target() + "): " + e.getMessage()));
                    }
                }
                if (articles.size() + errors.size() >= batch) {
                    sink.accept(new ReadResult(name, articles, errors, records, Math.min(1, reader.position() / size)));
                    articles = new ArrayList<>();
                    errors = new ArrayList<>();
                    records = 0;
                }
            }
        } catch (IOException | RuntimeException e) { // a truncated or corrupt archive: keep what was read before it
            errors.add(new IngestError(name, 0, "archive is cut short or corrupt after " + read + " record(s): " + e.getMessage()));
        }
        if (!articles.isEmpty() || !errors.isEmpty() || records > 0) {
            sink.accept(new ReadResult(name, articles, errors, records, 1));
        }
    }

    /** The article of one response record, or null when it is not a readable HTML page. */
    private Article article(WarcResponse response, String name) throws IOException {
        if (response.http().status() != 200) {
            return null;
        }
        MediaType type = response.payloadType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            return null;
        }
        WarcPayload payload = response.payload().orElse(null);
        if (payload == null) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = payload.body().stream()) {
            bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
        }
        if (bytes.length > MAX_PAGE_BYTES) {
            throw new IllegalArgumentException("page is larger than " + MAX_PAGE_BYTES / (1024 * 1024) + " MB");
        }
        String target = response.target();
        String page = Charsets.decode(bytes, type.toString());
        Article a = html.parse(page, "warc-" + Ids.hash(target), target, name + " " + target);
        if (a.published() == null) {
            a = a.withMetadata(a.title(), response.date().atOffset(ZoneOffset.UTC).toLocalDate(), a.author());
        }
        return a;
    }
}
