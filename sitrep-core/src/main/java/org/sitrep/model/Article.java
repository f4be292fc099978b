package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source.
 *
 * <p>{@code text} is the body; after the clean stage it is the cleaned text that evidence offsets
 * point into. Metadata fields are null when the source does not give them.
 */
public record Article(String id, String url, String title, LocalDate published,
                      String category, String author, String language, String text) {

    public Article {
        Objects.requireNonNull(id, "article id");
        Objects.requireNonNull(text, "article text of " + id);
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        language = language == null ? "en" : language;
    }

    public Article withLanguage(String newLanguage) {
        return new Article(id, url, title, published, category, author, newLanguage, text);
    }

    public Article withMetadata(String newTitle, LocalDate newPublished, String newAuthor) {
        return new Article(id, url, newTitle, newPublished, category, newAuthor, language, text);
    }
}
