package org.sitrep.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.Pipeline;
import org.sitrep.extract.EventExtractor;
import org.sitrep.geo.PlaceFinder;
import org.sitrep.model.Article;
import org.sitrep.store.Store;

/** The REST API on a real server and a real SQLite store, over loopback. */
class ApiServerTest {

    private static final String TOKEN = "test-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Path dir;
    private static Store store;
    private static ApiServer server;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("sitrep-api");
        store = Store.open("jdbc:sqlite:" + dir.resolve("api.db"));
        Pipeline pipeline = Pipeline.standard();
        store.put(pipeline.process(new Article("kharkiv", "https://example.org/k", "Kharkiv", LocalDate.of(2025, 8, 18), null, null, null,
                "At least 11 civilians were injured late Sunday when Russia fired a ballistic missile at a residential district of Kharkiv, the governor said.")));
        store.put(pipeline.process(new Article("odesa", null, "Odesa", LocalDate.of(2025, 8, 18), null, null, null,
                "Russian drones attacked Odesa overnight, killing two people, the regional governor said.")));
        server = new ApiServer(store, pipeline, PlaceFinder.gazetteer(EventExtractor.rules().nonStateActors()),
                new ApiServer.Config(0, TOKEN, false, 10_000)).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body, String contentType, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsEventsAsEventJsonWithFilters() throws Exception {
        JsonNode all = JSON.readTree(get("/api/events?category=attack").body());
        assertEquals(2, all.get("count").asInt());
        JsonNode near = JSON.readTree(get("/api/events?near=Kharkiv&within=30").body());
        assertEquals(1, near.get("count").asInt());
        assertEquals("Kharkiv", near.get("items").get(0).get("location").get("name").asText());
        assertEquals(1, JSON.readTree(get("/api/events?minKilled=1").body()).get("count").asInt());
        assertEquals(1, JSON.readTree(get("/api/events?q=ballistic").body()).get("count").asInt());
        assertEquals(1, JSON.readTree(get("/api/events?bbox=29,45,32,48").body()).get("count").asInt(), "Odesa lies in the box");
    }

    @Test
    void servesOneEventWithItsReportsAndTheArticle() throws Exception {
        String id = JSON.readTree(get("/api/events?near=Kharkiv&within=30").body()).get("items").get(0).get("id").asText();
        JsonNode event = JSON.readTree(get("/api/events/" + id).body());
        assertEquals("kharkiv", event.get("reports").get(0).get("articleId").asText());
        JsonNode article = JSON.readTree(get("/api/articles/kharkiv").body());
        assertTrue(article.get("text").asText().contains("ballistic missile"));
        assertEquals(id, article.get("events").get(0).get("id").asText());
    }

    @Test
    void answersBadParametersWith400NamingTheParameter() throws Exception {
        HttpResponse<String> r = get("/api/events?from=18/08/2025");
        assertEquals(400, r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("bad parameter", body.get("error").asText());
        assertTrue(body.get("detail").asText().contains("'from'"), body.toString());
        assertEquals(400, get("/api/events?minKilled=lots").statusCode());
        assertEquals(400, get("/api/export?format=xlsx").statusCode());
        HttpResponse<String> punctuation = get("/api/events?q=%27%22*");
        assertEquals(400, punctuation.statusCode(), punctuation.body());
        assertTrue(JSON.readTree(punctuation.body()).get("detail").asText().contains("'q'"), punctuation.body());
        assertFalse(punctuation.body().contains("fts5"), "no database error text leaks: " + punctuation.body());
    }

    @Test
    void readsCountriesByNameAndRegionsAsTheirWholeArea() throws Exception {
        assertEquals(JSON.readTree(get("/api/events?country=UA").body()).get("count").asInt(),
                JSON.readTree(get("/api/events?country=Ukraine").body()).get("count").asInt());
        JsonNode region = JSON.readTree(get("/api/events?near=Kharkiv%20Oblast").body());
        assertEquals(1, region.get("count").asInt(), "the oblast's own events, however far from its centre");
        assertEquals("Kharkiv Oblast", region.get("items").get(0).get("location").get("admin1").asText());
        assertEquals(400, get("/api/events?country=Atlantida").statusCode());
    }

    @Test
    void refusesUnknownParametersAndARadiusWithoutAPlace() throws Exception {
        HttpResponse<String> typo = get("/api/events?minkilled=3");
        assertEquals(400, typo.statusCode());
        assertTrue(typo.body().contains("'minkilled'"), typo.body());
        HttpResponse<String> within = get("/api/events?within=10");
        assertEquals(400, within.statusCode());
        assertTrue(within.body().contains("'within'"), within.body());
        assertEquals(400, get("/api/export?format=jsonl&colour=red").statusCode());
    }

    @Test
    void givesTheTotalBesideThePage() throws Exception {
        JsonNode page = JSON.readTree(get("/api/events?category=attack&limit=1").body());
        assertEquals(1, page.get("count").asInt());
        assertTrue(page.get("total").asInt() >= 2, page.toString());
        assertEquals(page.get("total").asInt(), JSON.readTree(get("/api/events?category=attack").body()).get("count").asInt());
    }

    @Test
    void reportsItsHealthWithWhatTheStoreHolds() throws Exception {
        HttpResponse<String> r = get("/api/health");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode health = JSON.readTree(r.body());
        assertEquals("ok", health.get("status").asText());
        assertTrue(health.get("store").get("events").asInt() >= 2, r.body());
    }

    @Test
    void answersUnknownIdsWith404() throws Exception {
        assertEquals(404, get("/api/events/evt-nothing").statusCode());
        assertEquals(404, get("/api/articles/nothing").statusCode());
        HttpResponse<String> r = get("/api/no-such-route");
        assertEquals(404, r.statusCode());
        assertEquals("not found", JSON.readTree(r.body()).get("error").asText());
    }

    @Test
    void storesSubmittedArticlesOnlyWithTheToken() throws Exception {
        String text = "Published: 2025-08-20\n\nA Russian missile struck Sumy on Wednesday, killing three people, the regional governor said.";
        assertEquals(401, post("/api/articles?id=sumy", text, "text/plain", null).statusCode());
        assertEquals(401, post("/api/articles?id=sumy", text, "text/plain", "wrong").statusCode());
        HttpResponse<String> ok = post("/api/articles?id=sumy", text, "text/plain", TOKEN);
        assertEquals(201, ok.statusCode(), ok.body());
        JsonNode body = JSON.readTree(ok.body());
        assertEquals("sumy", body.get("articleId").asText());
        assertEquals(3, body.get("events").get(0).get("casualties").get("killed").get("best").asInt());
        assertEquals(1, JSON.readTree(get("/api/events?near=Sumy&within=20").body()).get("count").asInt());
    }

    @Test
    void answersASubmissionWithTheIdsItIsStoredUnder() throws Exception {
        String text = "URL: https://example.org/news/lviv-strike\nPublished: 2025-08-21\n\n"
                + "A Russian drone hit a warehouse in Lviv on Thursday, injuring five workers, the mayor said.";
        JsonNode first = JSON.readTree(post("/api/articles?id=lviv", text, "text/plain", TOKEN).body());
        JsonNode event = first.get("events").get(0);
        String id = event.get("id").asText();
        assertTrue(id.startsWith("evt-"), first.toString());
        assertEquals(200, get("/api/events/" + id).statusCode(), "the id a submission answers is the stored event's");
        JsonNode byReport = JSON.readTree(get("/api/events/" + event.get("reportId").asText()).body());
        assertEquals(id, byReport.get("id").asText(), "a report's id leads to its event");

        JsonNode again = JSON.readTree(post("/api/articles?id=lviv-again", text, "text/plain", TOKEN).body());
        assertEquals("unchanged", again.get("status").asText());
        assertEquals("lviv", again.get("articleId").asText(), "the same URL again is the article stored first");
        assertEquals(id, again.get("events").get(0).get("id").asText());
        assertEquals(200, get("/api/articles/" + again.get("articleId").asText()).statusCode());
    }

    @Test
    void readsAnArticleSentAsAFormWithoutItsBoundaryLines() throws Exception {
        String boundary = "----sitrep-form-7d1";
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kherson.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nPublished: 2025-08-22\n\nRussian shelling hit Kherson on Friday, injuring six people, "
                + "the governor said.\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = post("/api/articles?id=form-file", form, "multipart/form-data; boundary=" + boundary, TOKEN);
        assertEquals(201, r.statusCode(), r.body());
        String text = JSON.readTree(get("/api/articles/form-file").body()).get("text").asText();
        assertTrue(text.startsWith("Russian shelling hit Kherson") && !text.contains(boundary) && !text.contains("Content-Disposition"), text);

        String field = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nnothing\r\n--" + boundary + "--\r\n";
        HttpResponse<String> none = post("/api/articles?id=form-empty", field, "multipart/form-data; boundary=" + boundary, TOKEN);
        assertEquals(400, none.statusCode());
        assertTrue(none.body().contains("no file and no field 'text'"), none.body());
    }

    @Test
    void refusesOversizedBodiesWith413() throws Exception {
        HttpResponse<String> r = post("/api/articles", "x".repeat(20_000), "text/plain", TOKEN);
        assertEquals(413, r.statusCode());
        assertEquals("body too large", JSON.readTree(r.body()).get("error").asText());
    }

    @Test
    void countsEventsAndCasualtiesPerDay() throws Exception {
        JsonNode days = JSON.readTree(get("/api/stats/timeline?category=attack&from=2025-08-01&to=2025-08-19").body());
        long events = 0, victims = 0;
        for (JsonNode d : days) {
            events += d.get("events").asLong();
            victims += d.get("killed").asLong() + d.get("injured").asLong();
        }
        assertEquals(2, events);
        assertEquals(13, victims);
    }

    @Test
    void exportsTheFilteredEvents() throws Exception {
        HttpResponse<String> csv = get("/api/export?format=acled-csv&minKilled=1");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(2, csv.body().split("\r\n").length, "header and one event: " + csv.body());
    }

    @Test
    void documentsExactlyTheRoutesItServes() throws Exception {
        JsonNode doc = JSON.readTree(get("/api/openapi.json").body());
        assertEquals("3.0.3", doc.get("openapi").asText());
        Set<String> documented = new HashSet<>();
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            doc.get("paths").get(path).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path));
        }
        assertEquals(server.routes().keySet(), documented);
    }

    @Test
    void sendsSafetyHeadersOnTheApiAndTheDashboard() throws Exception {
        for (String path : new String[] {"/api/events", "/"}) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"), csp);
        }
        assertFalse(get("/").body().matches("(?s).*<script>.*|.*\\sstyle=.*"), "the dashboard's page has no inline script or style");
    }

    @Test
    void listensOnThisMachineOnlyUnlessToldAndRefusesAnEmptyToken() {
        assertEquals("127.0.0.1", new ApiServer.Config(0, "t", false, 1).host());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ApiServer.Config(0, " ", false, 1));
        assertTrue(e.getMessage().contains("token is empty"), e.getMessage());
    }
}
