package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.sitrep.model.Article;

/**
 * RSS 0.9x/1.0/2.0 and Atom feeds, read with Rome (document type declarations refused, so no external
 * entities). As a file to ingest, each entry with text becomes an article of its title and summary.
 */
final class FeedReader {

    /** The entries of a feed, in the feed's order; a feed that is not well-formed RSS or Atom is an {@link InvalidInputException}. */
    List<FeedItem> items(byte[] bytes, String name) {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new InvalidInputException("not a readable RSS or Atom feed: " + name + ": " + e.getMessage());
        }
        List<FeedItem> out = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = blankToNull(e.getLink());
            String key = blankToNull(e.getUri()) != null ? e.getUri().strip() : link;
            if (key == null) {
                key = "title:" + (e.getTitle() == null ? "" : e.getTitle().strip());
            }
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            out.add(new FeedItem(key, link == null ? null : link.strip(), blankToNull(e.getTitle()) == null ? null : e.getTitle().strip(),
                    date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate(), text(e)));
        }
        return out;
    }

    ReadResult read(String name, byte[] bytes) {
        List<FeedItem> items = items(bytes, name);
        List<Article> articles = new ArrayList<>();
        for (FeedItem item : items) {
            if (!item.summary().isBlank()) {
                articles.add(article(item));
            }
        }
        if (articles.isEmpty()) {
            return ReadResult.failed(name, 0, "feed has " + items.size() + " entries but none with text; "
                    + "`sitrep watch --feeds` fetches their pages");
        }
        return new ReadResult(name, articles, List.of());
    }

    /** An article of the entry's own title and text; the entry must have text. */
    static Article article(FeedItem item) {
        if (item.summary().isBlank()) {
            throw new InvalidInputException("feed entry " + item.key() + " has no text");
        }
        String text = item.title() == null ? item.summary() : item.title() + "\n\n" + item.summary();
        return new Article("entry-" + Ids.hash(item.key()), item.link(), item.title(), item.published(), null, null, null, text);
    }

    /** The entry's content, else its description, as plain text with paragraphs kept. */
    private static String text(SyndEntry e) {
        String html = null;
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                html = c.getValue();
                break;
            }
        }
        if (html == null && e.getDescription() != null) {
            html = e.getDescription().getValue();
        }
        if (html == null || html.isBlank()) {
            return "";
        }
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        List<String> paragraphs = new ArrayList<>();
        for (org.jsoup.nodes.Element p : doc.select("p, li, blockquote")) {
            if (!p.text().isBlank()) {
                paragraphs.add(p.text().strip());
            }
        }
        return paragraphs.isEmpty() ? doc.text().strip() : String.join("\n\n", paragraphs);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
