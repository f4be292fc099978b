package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class CharsetsTest {

    private static final String BODY = "<p>Shelling hit Kharkiv (Харків) on Monday, injuring three people, the governor’s office said.</p>";

    private static Article page(String html, Charset charset, String contentType) {
        return new Articles().page("https://news.example/a", html.getBytes(charset), contentType);
    }

    @Test
    void pageInWindows1251DeclaredByMetaTagIsDecoded() {
        Article a = page("<html><head><meta charset=\"windows-1251\"><title>t</title></head><body>" + BODY + "</body></html>",
                Charset.forName("windows-1251"), "text/html");
        assertTrue(a.text().contains("Kharkiv (Харків)") && a.text().contains("governor’s"), a.text());
    }

    @Test
    void contentTypeHeaderWinsOverMetaTag() {
        Article a = page("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                + BODY.replace("Харків", "Kharkov") + "</body></html>", StandardCharsets.ISO_8859_1, "text/html; charset=ISO-8859-1");
        assertTrue(a.text().contains("Kharkiv (Kharkov)"), a.text());
    }

    @Test
    void undeclaredPageThatIsNotUtf8IsReadAsWindows1252() {
        Article a = page("<html><body>" + BODY.replace(" (Харків)", "") + "</body></html>", Charset.forName("windows-1252"), null);
        assertTrue(a.text().contains("governor’s office"), a.text());
    }

    @Test
    void undeclaredUtf8PageStaysUtf8() {
        assertEquals(StandardCharsets.UTF_8, Charsets.of(BODY.getBytes(StandardCharsets.UTF_8), "text/html"));
    }
}
