package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;

/**
 * Plain-text articles: optional {@code Name: value} header lines, a blank line, then the body
 * (shared/eval/README.md). Lines before the first blank line count as headers only if every one
 * of them is a known header.
 */
final class TextArticleReader implements ArticleReader {

    private static final Pattern HEADER = Pattern.compile("^(Title|Published|Source|URL|Url|Author|Category|Categories|Language):[ \\t]*(.*)$");

    @Override
    public ReadResult read(String name, String id, String content) {
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String title = null, url = null, author = null, category = null, language = null, published = null;
        int bodyStart = 0;
        int blank = text.indexOf("\n\n");
        String head = blank < 0 ? text : text.substring(0, blank);
        if (!head.isBlank() && head.lines().allMatch(l -> HEADER.matcher(l).matches())) {
            for (String line : head.split("\n")) {
                Matcher m = HEADER.matcher(line);
                m.matches();
                String value = m.group(2).trim();
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "title" -> title = value;
                    case "published" -> published = value;
                    case "url" -> url = value;
                    case "author" -> author = value;
                    case "category", "categories" -> category = value;
                    case "language" -> language = value;
                    default -> { } // Source: the outlet; kept in the text's provenance, not in Event JSON v1
                }
            }
            bodyStart = blank < 0 ? text.length() : blank + 2;
        }
        String body = text.substring(bodyStart);
        if (body.isBlank()) {
            return ReadResult.failed(name, 0, "article has no body text");
        }
        LocalDate date = Dates.parsePublished(published, name);
        return ReadResult.of(name, new Article(id, emptyToNull(url), emptyToNull(title), date,
                emptyToNull(category), emptyToNull(author), language, body));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
