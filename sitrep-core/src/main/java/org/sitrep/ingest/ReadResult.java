package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.Article;

/**
 * Articles read from one input (a file, standard input, or a batch of lines of a large JSON Lines file)
 * and the errors met on the way; one bad line does not stop the others. {@code source} names the input.
 */
public record ReadResult(String source, List<Article> articles, List<IngestError> errors) {

    public ReadResult {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    static ReadResult of(String source, Article article) {
        return new ReadResult(source, List.of(article), List.of());
    }

    static ReadResult failed(String file, int line, String reason) {
        return new ReadResult(file, List.of(), List.of(new IngestError(file, line, reason)));
    }
}
