package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.model.Article;
import java.util.zip.GZIPInputStream;

/**
 * Reads articles from files, directories (recursively, by extension) and standard input ("-"),
 * choosing the reader by extension. Each input's articles and errors go to the sink as they are read,
 * so one bad file never stops a batch.
 */
public final class Articles {

    /** Extensions taken from directories; others, such as the eval set's {@code .gold.json}, are passed over. */
    public static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html", ".htm", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz", ".rss", ".atom", ".xml");
    private static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final int BATCH = 100;

    private final TextArticleReader text = new TextArticleReader();
    private final HtmlArticleReader html = new HtmlArticleReader();
    private final JsonLinesArticleReader jsonl = new JsonLinesArticleReader(html);
    private final WarcArticleReader warc = new WarcArticleReader(html);
    private final FeedReader feeds = new FeedReader();

    /** Reads every input named in {@code paths} and hands each result to {@code sink}, in order. */
    public void read(List<String> paths, InputStream stdin, Consumer<ReadResult> sink) {
        for (String p : paths) {
            if (p.equals("-")) {
                sink.accept(readStdin(stdin));
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                for (Path file : articleFiles(path)) {
                    readInto(file, sink);
                }
            } else if (!Files.exists(path)) {
                sink.accept(ReadResult.failed(p, 0, "no such file or directory"));
            } else {
                readInto(path, sink);
            }
        }
    }

    /**
     * One article (or several, for JSON Lines) from bytes received by another route than a file, such as an
     * HTTP body: {@code contentType} picks the reader (JSON, HTML, else text); {@code name} is used in errors.
     */
    public ReadResult readBytes(String name, String id, byte[] bytes, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        ArticleReader reader = type.contains("json") ? jsonl : type.contains("html") ? html : text;
        return parse(name, id, bytes, reader);
    }

    /**
     * A web page fetched from {@code url}: decoded by its declared or detected charset, its main text and
     * metadata read as for an HTML file; {@code contentType} is the response header, or null. The article's URL
     * is the page's own canonical link when it declares one, else {@code url}.
     *
     * @throws InvalidInputException when the page has no readable text or a malformed date
     */
    public Article page(String url, byte[] body, String contentType) {
        Article a = html.parse(Charsets.decode(body, contentType), "page-" + Ids.hash(CanonicalUrl.of(url)), null, url);
        String declared = a.url() == null ? null : java.net.URI.create(url).resolve(a.url().strip()).toString();
        return new Article(a.id(), declared != null ? declared : url, a.title(), a.published(), a.category(), a.author(), a.language(), a.text());
    }

    /**
     * The entries of an RSS or Atom feed; {@code name} (its URL or file) is used in errors.
     *
     * @throws InvalidInputException when the bytes are not a well-formed RSS or Atom feed
     */
    public List<FeedItem> feedItems(String name, byte[] feed) {
        return feeds.items(feed, name);
    }

    /**
     * An article of a feed entry's own title and text, for entries whose page cannot be read.
     *
     * @throws InvalidInputException when the entry has no text
     */
    public Article entry(FeedItem item) {
        return FeedReader.article(item);
    }

    /** One file to the sink: JSON Lines and WARC streamed in batches of {@value #BATCH} records, other files whole. */
    private void readInto(Path file, Consumer<ReadResult> sink) {
        try (InputStream in = Files.newInputStream(file)) {
            read(file.toString(), in, Files.size(file), sink);
        } catch (IOException e) {
            sink.accept(ReadResult.failed(file.toString(), 0, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * One input of any supported format read from a stream of {@code size} bytes (0 when unknown), such as a file on
     * HDFS or S3: {@code name}'s extension picks the reader, JSON Lines and WARC are streamed in batches of
     * {@value #BATCH} records, other inputs are read whole (up to 50 MB). Errors go to the sink, never thrown.
     */
    public void read(String name, InputStream in, long size, Consumer<ReadResult> sink) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            warc.stream(name, in, size, BATCH, sink);
            return;
        }
        if (!lower.endsWith(".jsonl") && !lower.endsWith(".jsonl.gz")) {
            sink.accept(readWhole(name, file, in));
            return;
        }
        try (CutShort lines = new CutShort(lower.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in)) {
            jsonl.stream(name, idOf(file), new ByteLines(lines, JsonLinesArticleReader.LONGEST_LINE), BATCH, sink);
            if (lines.damage() != null) { // the records before the damage were read and handed on
                sink.accept(ReadResult.failed(name, 0, "file is cut short or corrupt: " + lines.damage()));
            }
        } catch (IOException e) {
            sink.accept(ReadResult.failed(name, 0, "cannot read: " + e.getMessage()));
        }
    }

    /** How many inputs {@link #read} will go through: files found in directories, other paths one each. */
    public int count(List<String> paths) {
        int n = 0;
        for (String p : paths) {
            Path path = Path.of(p);
            n += !p.equals("-") && Files.isDirectory(path) ? articleFiles(path).size() : 1;
        }
        return n;
    }

    /** Reads one file of any supported format. */
    public ReadResult readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readWhole(file.toString(), file.getFileName().toString(), in);
        } catch (IOException e) {
            return ReadResult.failed(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    /** A whole input (at most {@link #MAX_BYTES}), gunzipped by its name's extension, read by the reader its name picks. */
    private ReadResult readWhole(String name, String fileName, InputStream in) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return ReadResult.failed(name, 0, "file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            if (lower.endsWith(".gz")) {
                try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    bytes = gz.readAllBytes();
                }
            }
            if (isFeed(lower)) {
                return feeds.read(name, bytes);
            }
            return parse(name, idOf(fileName), bytes, readerFor(lower, bytes));
        } catch (IOException e) {
            return ReadResult.failed(name, 0, "cannot read: " + e.getMessage());
        } catch (InvalidInputException e) {
            return ReadResult.failed(name, 0, e.getMessage());
        }
    }

    private static boolean isFeed(String lowerName) {
        return lowerName.endsWith(".rss") || lowerName.endsWith(".atom") || lowerName.endsWith(".xml");
    }

    private ReadResult readStdin(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return ReadResult.failed("-", 0, "standard input is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB: save it as a .jsonl or .warc file, which are read a record at a time");
            }
            return parse("-", "stdin", bytes, readerFor("", bytes));
        } catch (IOException e) {
            return ReadResult.failed("-", 0, "cannot read standard input: " + e.getMessage());
        }
    }

    /** UTF-16 by its byte order mark ("FF FE" or "FE FF"), as some editors save text; null for anything else. */
    private static java.nio.charset.Charset utf16ByMark(byte[] bytes) {
        java.nio.charset.Charset marked = Charsets.byMark(bytes);
        return marked == StandardCharsets.UTF_16BE || marked == StandardCharsets.UTF_16LE ? StandardCharsets.UTF_16 : null;
    }

    private ReadResult parse(String name, String id, byte[] bytes, ArticleReader reader) {
        if (bytes.length == 0) {
            return ReadResult.failed(name, 0, "file is empty");
        }
        java.nio.charset.Charset utf16 = utf16ByMark(bytes);
        for (int i = 0; utf16 == null && i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return ReadResult.failed(name, 0, "file is binary (NUL byte at offset " + i + "), not an article");
            }
        }
        String content;
        try {
            content = (utf16 != null ? utf16 : StandardCharsets.UTF_8).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return ReadResult.failed(name, 0, "file is not valid UTF-8 (" + e.getMessage() + ")");
        }
        if (content.isBlank()) {
            return ReadResult.failed(name, 0, "file is empty");
        }
        try {
            return reader.read(name, id, content);
        } catch (IllegalArgumentException e) {
            return ReadResult.failed(name, 0, e.getMessage());
        }
    }

    private ArticleReader readerFor(String lowerName, byte[] bytes) {
        if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".jsonl.gz")) {
            return jsonl;
        }
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm")) {
            return html;
        }
        if (lowerName.isEmpty()) {
            String start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8).stripLeading();
            if (start.startsWith("{")) {
                return jsonl;
            }
            if (start.startsWith("<")) {
                return html;
            }
        }
        return text;
    }

    static String idOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) {
            if (lower.endsWith(ext)) {
                return fileName.substring(0, fileName.length() - ext.length());
            }
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static List<Path> articleFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> EXTENSIONS.stream().anyMatch(e -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list directory " + dir, e);
        }
    }
}
