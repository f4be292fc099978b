package org.sitrep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A generated corpus in the manner of {@code scripts/make-corpus}: short strike reports written for these tests,
 * varied in place, day and toll, with follow-ups that revise a toll (merged into one event), syndicated copies, and
 * a broken record in each format.
 */
final class Corpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CITIES = List.of("Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Mykolaiv", "Kherson", "Belgorod");
    private static final List<String> TEMPLATES = List.of(
            "Drones struck %s overnight, injuring %d people and damaging several apartment blocks, the regional governor said on Telegram.",
            "A missile attack on %s on %s killed %d civilians, local officials said, as rescuers searched the rubble of a school.",
            "Artillery fire hit %s on %s, wounding %d residents and cutting power to thousands of homes, the mayor reported.");

    private Corpus() {
    }

    /** An article as a JSON Lines record. */
    record Item(String id, String url, LocalDate published, String title, String text) {
    }

    static List<Item> items(int n) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String city = CITIES.get(i % CITIES.size());
            LocalDate day = LocalDate.of(2025, 3, 1).plusDays(i / 3);
            String weekday = day.minusDays(1).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            int toll = 2 + i % 7;
            String template = TEMPLATES.get(i % TEMPLATES.size());
            String lead = i % TEMPLATES.size() == 0 ? template.formatted(city, toll) : template.formatted(city, weekday, toll);
            String text = lead + "\n\nEmergency crews worked through the morning and the city declared a day of mourning.";
            out.add(new Item("gen-" + i, "https://news.example.org/" + i, day, "Strike on " + city, text));
            if (i % 5 == 0) { // a follow-up the next day: the toll rose
                out.add(new Item("gen-" + i + "-update", "https://news.example.org/" + i + "-update", day.plusDays(1),
                        "Toll rises in " + city, lead.replace(" " + toll + " ", " " + (toll + 3) + " ")
                        + "\n\nThe number rose overnight as more victims were found, officials said."));
            }
            if (i % 7 == 0) { // a syndicated copy under another outlet's address
                out.add(new Item("copy-" + i, "https://wire.example.com/story/" + i, day, "Strike on " + city, text));
            }
        }
        return out;
    }

    /** Writes items to a JSON Lines file, then a line that is not JSON. */
    static void jsonLines(Path file, List<Item> items) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Item it : items) {
            b.append(JSON.writeValueAsString(Map.of("id", it.id(), "url", it.url(), "published", it.published().toString(),
                    "title", it.title(), "text", it.text()))).append('\n');
        }
        b.append("{\"id\": \"broken\", \"text\": \n");
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    /** Writes items to a gzipped WARC archive as HTML responses captured on their publication day. */
    static void warc(Path file, List<Item> items) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (Item it : items) {
                String html = "<html><head><title>" + it.title() + "</title></head><body><article><h1>" + it.title() + "</h1><p>"
                        + it.text().replace("\n\n", "</p><p>") + "</p></article></body></html>";
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                        html.getBytes(StandardCharsets.UTF_8)).build();
                w.write(new WarcResponse.Builder(URI.create(it.url())).date(Instant.parse(it.published() + "T08:00:00Z")).body(http).build());
            }
        }
    }
}
