package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class HtmlArticleReaderTest {

    @Test
    void keepsArticleParagraphsAndDropsNavigationSidebarAndFooter() throws IOException, URISyntaxException {
        Path page = Path.of(getClass().getResource("/org/sitrep/ingest/page.html").toURI());
        Article a = new Articles().readFile(page).articles().get(0);
        assertEquals("page", a.id());
        assertEquals("Drone attack on Odesa injures five", a.title());
        assertEquals(LocalDate.of(2025, 6, 10), a.published());
        assertEquals("https://news.example.org/world/odesa-drone-attack", a.url());
        assertEquals("en", a.language());
        assertTrue(a.text().contains("Russian drones struck residential buildings"), a.text());
        assertTrue(a.text().contains("\n\n"), "paragraphs are kept apart");
        assertFalse(a.text().contains("Celebrity wedding"), a.text());
        assertFalse(a.text().contains("Copyright"), a.text());
    }

    @Test
    void takesPublishedDateFromJsonLdWhenNoMetaTag() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-05-18T09:00:00Z\"}</script></head>"
                + "<body><article><p>Drones hit the Obukhiv district of the Kyiv region, killing one woman and injuring three people.</p></article></body></html>";
        Article a = new HtmlArticleReader().parse(html, "x", null, "x.html");
        assertEquals(LocalDate.of(2025, 5, 18), a.published());
    }

    @Test
    void readsAPageNestedThousandsDeepFromItsBlocksWithoutRecursion() throws InterruptedException {
        String html = "<html><body>" + "<div>".repeat(20_000) + "<p>Drones hit Kharkiv on Sunday.</p>" + "</div>".repeat(20_000) + "</body></html>";
        java.util.concurrent.atomic.AtomicReference<Object> out = new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                out.set(new HtmlArticleReader().parse(html, "deep", null, "deep.html"));
            } catch (RuntimeException e) {
                out.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        org.sitrep.model.Article a = org.junit.jupiter.api.Assertions.assertInstanceOf(org.sitrep.model.Article.class, out.get());
        assertEquals("Drones hit Kharkiv on Sunday.", a.text());
    }
}
