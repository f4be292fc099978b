package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    @TempDir
    Path dir;

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedReaderTest.class.getResourceAsStream("/org/sitrep/fetch/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", "https://wire.example").getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsRssEntriesWithGuidLinkTitleAndDate() throws IOException {
        List<FeedItem> items = new Articles().feedItems("feed.rss", fixture("feed.rss"));
        assertEquals(2, items.size());
        FeedItem first = items.get(0);
        assertEquals("flw-1001", first.key());
        assertEquals("https://wire.example/news/lviv-strike?utm_source=rss&utm_medium=feed", first.link());
        assertEquals("Missile strike kills four in Lviv", first.title());
        assertEquals(LocalDate.of(2025, 7, 14), first.published());
        assertEquals("Four people were killed in Lviv.", first.summary());
        assertEquals("", items.get(1).summary());
    }

    @Test
    void readsAtomEntryContentAsParagraphs() throws IOException {
        FeedItem item = new Articles().feedItems("feed.atom", fixture("feed.atom")).get(0);
        assertEquals("urn:uuid:0a6a2a4e-1b6b-4c1a-8f0e-3b1b7e2d9c01", item.key());
        assertEquals("https://wire.example/news/sumy-bus", item.link());
        assertEquals(LocalDate.of(2025, 8, 3), item.published());
        assertTrue(item.summary().startsWith("A Russian drone hit a passenger bus in Sumy") && item.summary().contains("\n\nRescuers"), item.summary());
    }

    @Test
    void malformedFeedIsAnErrorNamingTheFeed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Articles().feedItems("https://wire.example/broken.rss", fixture("malformed.rss")));
        assertTrue(e.getMessage().startsWith("not a readable RSS or Atom feed: https://wire.example/broken.rss"), e.getMessage());
    }

    @Test
    void feedFileBecomesArticlesOfEntriesWithText() throws IOException {
        Path f = Files.write(dir.resolve("bulletin.atom"), fixture("feed.atom"));
        ReadResult r = new Articles().readFile(f);
        assertEquals(List.of(), r.errors());
        assertEquals(1, r.articles().size());
        assertEquals("https://wire.example/news/sumy-bus", r.articles().get(0).url());
        assertTrue(r.articles().get(0).text().startsWith("Drone strike on Sumy bus\n\nA Russian drone"));
    }

    @Test
    void feedFileWithHeadlinesOnlyIsOneErrorPointingToWatch() throws IOException {
        String headlines = new String(fixture("feed.rss"), StandardCharsets.UTF_8).replace("<description>Four people were killed in Lviv.</description>", "");
        Path f = Files.writeString(dir.resolve("headlines.rss"), headlines);
        ReadResult r = new Articles().readFile(f);
        assertEquals(0, r.articles().size());
        assertTrue(r.errors().get(0).reason().contains("2 entries but none with text"), r.errors().toString());
    }
}
