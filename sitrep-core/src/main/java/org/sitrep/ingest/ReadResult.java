package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.Article;

/** The articles read from one input and the errors met on the way; one bad line does not stop the others. */
public record ReadResult(List<Article> articles, List<IngestError> errors) {

    public ReadResult {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    static ReadResult of(Article article) {
        return new ReadResult(List.of(article), List.of());
    }

    static ReadResult failed(String file, int line, String reason) {
        return new ReadResult(List.of(), List.of(new IngestError(file, line, reason)));
    }
}
