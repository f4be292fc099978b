package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.model.Article;

/**
 * JSON Lines article records, one object a line: {@code id, url, title, published, text} or {@code html}.
 * A line that does not parse, or has neither text nor html, is reported with its line number and skipped.
 */
final class JsonLinesArticleReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HtmlArticleReader html;

    JsonLinesArticleReader(HtmlArticleReader html) {
        this.html = html;
    }

    @Override
    public ReadResult read(String name, String id, String content) {
        List<Article> articles = new ArrayList<>();
        List<IngestError> errors = new ArrayList<>();
        try {
            stream(name, id, new ByteLines(new java.io.ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    LONGEST_LINE), Integer.MAX_VALUE, r -> {
                articles.addAll(r.articles());
                errors.addAll(r.errors());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return new ReadResult(name, articles, errors);
    }

    /** The longest record a line may hold: far more than any article, far less than the heap. */
    static final int LONGEST_LINE = 16 << 20;

    /**
     * Reads records line by line, handing on every {@code batch} lines, so a large file is never held whole; a line
     * too long or not UTF-8 is an error of that line, and the next goes on.
     */
    void stream(String name, String id, ByteLines in, int batch, Consumer<ReadResult> sink) throws IOException {
        List<Article> articles = new ArrayList<>();
        List<IngestError> errors = new ArrayList<>();
        ByteLines.Line next;
        while ((next = in.next()) != null) {
            int lineNo = next.number();
            if (next.problem() != null) {
                errors.add(new IngestError(name, lineNo, next.problem()));
                continue;
            }
            String line = next.text().strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                articles.add(parse(JSON.readTree(line), name, lineNo, id + "-" + lineNo));
            } catch (JsonProcessingException e) {
                errors.add(new IngestError(name, lineNo, "not valid JSON: " + e.getOriginalMessage()));
            } catch (InvalidInputException e) {
                errors.add(new IngestError(name, lineNo, e.getMessage()));
            }
            if (articles.size() + errors.size() >= batch) {
                sink.accept(new ReadResult(name, articles, errors));
                articles.clear();
                errors.clear();
            }
        }
        if (!articles.isEmpty() || !errors.isEmpty()) {
            sink.accept(new ReadResult(name, articles, errors));
        }
    }

    private Article parse(JsonNode node, String name, int lineNo, String fallbackId) {
        if (!node.isObject()) {
            throw new InvalidInputException("expected a JSON object, found " + node.getNodeType().toString().toLowerCase());
        }
        String where = name + ":" + lineNo;
        String id = text(node, "id");
        String body = text(node, "text");
        String markup = text(node, "html");
        Article article;
        if (body != null && !body.isBlank()) {
            article = new Article(id != null ? id : Ids.ofText(body), text(node, "url"), text(node, "title"),
                    Dates.parsePublished(text(node, "published"), where), text(node, "category"),
                    text(node, "author"), text(node, "language"), body);
        } else if (markup != null && !markup.isBlank()) {
            article = html.parse(markup, id != null ? id : fallbackId, text(node, "url"), where);
            if (id == null) {
                article = new Article(Ids.ofText(article.text()), article.url(), article.title(), article.published(),
                        article.category(), article.author(), article.language(), article.text());
            }
            String published = text(node, "published");
            if (published != null) {
                article = article.withMetadata(text(node, "title") != null ? text(node, "title") : article.title(),
                        Dates.parsePublished(published, where), article.author());
            }
        } else {
            throw new InvalidInputException("record has neither 'text' nor 'html'");
        }
        return article;
    }

    /** A string field, or null when absent; any other JSON type is the record's error, named with the field. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidInputException("field '" + field + "' must be a string, found " + v.getNodeType().toString().toLowerCase());
        }
        if (field.equals("id") && v.asText().isBlank()) {
            throw new InvalidInputException("field 'id' is empty");
        }
        return v.asText();
    }
}
