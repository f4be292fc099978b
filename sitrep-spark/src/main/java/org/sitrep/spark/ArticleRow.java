package org.sitrep.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.sitrep.model.Article;

/** An article as Spark moves it between stages (the model's {@link Article} is not serializable). */
record ArticleRow(String id, String url, String title, String published, String category, String author, String language,
                  String text) implements Serializable {

    static ArticleRow of(Article a) {
        return new ArticleRow(a.id(), a.url(), a.title(), a.published() == null ? null : a.published().toString(), a.category(),
                a.author(), a.language(), a.text());
    }

    Article article() {
        return new Article(id, url, title, published == null ? null : LocalDate.parse(published), category, author, language, text);
    }
}
