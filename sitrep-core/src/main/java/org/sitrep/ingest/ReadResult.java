package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.Article;

/**
 * Articles read from one input (a file, standard input, or a batch of records of a large JSON Lines file or
 * WARC archive) and the errors met on the way; one bad line does not stop the others. {@code source} names
 * the input; {@code records} is how many records the batch went through (WARC request and metadata records,
 * and pages that are not HTML, included); {@code done} is the share of the input's bytes read once the batch
 * ends, 0 to 1, or NaN when not known.
 */
public record ReadResult(String source, List<Article> articles, List<IngestError> errors, int records, double done) {

    public ReadResult {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    /** A result whose records are its articles and errors, with no measure of the input read. */
    public ReadResult(String source, List<Article> articles, List<IngestError> errors) {
        this(source, articles, errors, articles.size() + errors.size(), Double.NaN);
    }

    static ReadResult of(String source, Article article) {
        return new ReadResult(source, List.of(article), List.of());
    }

    static ReadResult failed(String file, int line, String reason) {
        return new ReadResult(file, List.of(), List.of(new IngestError(file, line, reason)));
    }
}
