package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.sitrep.model.Article;

/**
 * HTML article pages: the main content found by readability4j (a port of Mozilla's Readability),
 * block elements kept as paragraphs; title and published date from meta tags, JSON-LD or {@code <time>}.
 */
final class HtmlArticleReader implements ArticleReader {

    private static final java.util.regex.Pattern JSON_LD_DATE = java.util.regex.Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static final String[] DATE_META = {
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
        "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date"};

    @Override
    public ReadResult read(String name, String id, String content) {
        return ReadResult.of(name, parse(content, id, null, name));
    }

    /**
     * The largest page read: news pages weigh a few hundred kilobytes; the parser and readability hold several copies
     * of a page, so a page of tens of megabytes (a huge inline attribute, say) would take the heap.
     */
    static final int LONGEST_PAGE = 8 << 20;

    Article parse(String html, String id, String url, String where) {
        if (html.length() > LONGEST_PAGE) {
            throw new InvalidInputException("HTML page is " + html.length() / (1 << 20) + " MB of text, more than the "
                    + (LONGEST_PAGE >> 20) + " MB a news page can be: not read");
        }
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        String published = publishedDate(doc);
        String title = firstNonBlank(meta(doc, "og:title"), doc.title());
        String canonical = firstNonBlank(url, attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        String author = meta(doc, "author");
        Element content = null;
        if (depth(doc) <= READABLE_DEPTH) {
            try {
                content = new Readability4J(canonical == null ? "" : canonical, html).parse().getArticleContent();
            } catch (StackOverflowError e) {
                throw new InvalidInputException("HTML page is nested too deeply to read (" + doc.getAllElements().size() + " elements)");
            }
        }
        String text = paragraphs(content != null ? content : doc.body());
        if (text.isBlank()) {
            throw new InvalidInputException("HTML page has no readable text");
        }
        LocalDate date = Dates.parsePublished(published, where);
        return new Article(id, canonical, title == null ? null : title.strip(), date, meta(doc, "article:section"),
                author, doc.selectFirst("html[lang]") == null ? null : shortLanguage(doc.selectFirst("html[lang]").attr("lang")),
                text);
    }

    /**
     * How deep main-text detection may look: news pages nest a few dozen elements deep, and readability's work grows
     * with the depth, so a page nested deeper is read from its body's blocks directly.
     */
    static final int READABLE_DEPTH = 256;

    /** The deepest element's depth, counted without recursion. */
    static int depth(Element root) {
        int[] deepest = {0};
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), root);
        return deepest[0];
    }

    private static String paragraphs(Element root) {
        if (root == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        java.util.Set<Element> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        all.addAll(blocks);
        java.util.Set<Element> holders = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element block : blocks) { // the nearest block around each block holds an inner block
            for (Element up = block.parent(); up != null && up != root.parent(); up = up.parent()) {
                if (all.contains(up)) {
                    holders.add(up);
                    break;
                }
            }
        }
        for (Element block : blocks) {
            if (holders.contains(block)) {
                continue; // the inner blocks carry the text
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            out.add(root.text().strip());
        }
        return String.join("\n\n", out);
    }

    private static String publishedDate(Document doc) {
        for (String key : DATE_META) {
            String v = meta(doc, key);
            if (v != null) {
                return v;
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            java.util.regex.Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        Element time = doc.selectFirst("time[datetime]");
        return time == null ? null : time.attr("datetime");
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]");
        String v = attr(e, "content");
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String attr(Element e, String name) {
        return e == null || !e.hasAttr(name) ? null : e.attr(name);
    }

    private static String shortLanguage(String lang) {
        return lang.isBlank() ? null : lang.split("[-_]")[0].toLowerCase();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
