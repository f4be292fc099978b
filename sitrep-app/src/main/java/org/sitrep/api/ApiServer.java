package org.sitrep.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Function;
import org.sitrep.Pipeline;
import org.sitrep.export.Exporter;
import org.sitrep.geo.PlaceFinder;
import org.sitrep.ingest.Articles;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.ArticleResult;
import org.sitrep.output.EventJson;
import org.sitrep.store.EventQuery;
import org.sitrep.store.IngestOutcome;
import org.sitrep.store.Store;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StoredEvent;

/**
 * The HTTP server: the REST API under {@code /api} and the dashboard's static files. Errors are JSON
 * {@code {error, detail}}, mapped here in one place: 400 names the bad parameter, 401 a missing or wrong
 * token, 404 an unknown id, 413 a body over the limit.
 */
public final class ApiServer {

    /**
     * How the server runs: on {@code host} (127.0.0.1 unless told otherwise, so that only this machine can reach it) and
     * {@code port}; {@code token} guards writes, and reads too when {@code privateReads}.
     */
    public record Config(String host, int port, String token, boolean privateReads, long maxBodyBytes) {

        public Config {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("API token is empty: give one with --token, $SITREP_API_TOKEN or .sitrep-token");
            }
        }

        /** On this machine only. */
        public Config(int port, String token, boolean privateReads, long maxBodyBytes) {
            this(LOOPBACK, port, token, privateReads, maxBodyBytes);
        }
    }

    public static final String LOOPBACK = "127.0.0.1";

    static final int DEFAULT_PAGE = 500;
    private static final java.util.Set<String> EVENTS_PARAMETERS = OpenApi.queryParameters("/api/events");
    private static final java.util.Set<String> TIMELINE_PARAMETERS = OpenApi.queryParameters("/api/stats/timeline");
    private static final java.util.Set<String> EXPORT_PARAMETERS = OpenApi.queryParameters("/api/export");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A refused body up to this size is read to its end so the refusal reaches the client; a larger one is cut off. */
    private static final long DISCARD_LIMIT = 64L << 20;

    private final Store store;
    private final Pipeline pipeline;
    private final Function<String, org.sitrep.model.Location> places;
    private final Config config;
    private Javalin app;
    private List<String> feeds = List.of();
    private java.util.function.BooleanSupplier watching = () -> true;

    public ApiServer(Store store, Pipeline pipeline, PlaceFinder placeFinder, Config config) {
        this.store = store;
        this.pipeline = pipeline;
        this.places = name -> placeFinder.lookup(name).orElse(null);
        this.config = config;
    }

    /**
     * The feeds a watcher beside the server follows, and whether its thread still runs: {@code GET /api/health} reports
     * each feed's last poll and error, and a watcher that died makes the server unhealthy (503).
     */
    public ApiServer watching(List<String> feedUrls, java.util.function.BooleanSupplier alive) {
        this.feeds = List.copyOf(feedUrls);
        this.watching = alive;
        return this;
    }

    /** Starts the server; port 0 picks a free one (see {@link #port()}). */
    public ApiServer start() {
        app = Javalin.create(c -> {
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.defaultContentType = "application/json";
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();
            c.routes.before("/*", ApiServer::safetyHeaders);
            c.routes.before("/api/*", this::authorise);
            routes().forEach((route, handler) -> {
                String[] mp = route.split(" ", 2);
                if (mp[0].equals("GET")) {
                    c.routes.get(mp[1], handler);
                } else {
                    c.routes.post(mp[1], handler);
                }
            });
            c.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.error, e.getMessage()));
            c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), switch (e.getStatus()) {
                case 404 -> "not found";
                case 413 -> "body too large";
                default -> "request refused";
            }, e.getStatus() == 413 ? "the body is larger than " + config.maxBodyBytes() + " bytes" : e.getMessage()));
            c.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error", e.toString()));
        }).start(config.host(), config.port());
        return this;
    }

    /**
     * Scripts, styles and data from this server only (the dashboard has no inline script or style), images also from
     * https (online tiles, ?tiles=URL), and no framing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Headers that keep a page from being framed, its types from being guessed and its address from leaking. */
    private static void safetyHeaders(io.javalin.http.Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    /** Every API route ("METHOD /path") and its handler; the OpenAPI document must list exactly these. */
    java.util.Map<String, io.javalin.http.Handler> routes() {
        java.util.Map<String, io.javalin.http.Handler> r = new java.util.LinkedHashMap<>();
        r.put("GET /api/events", this::events);
        r.put("GET /api/events/{id}", this::event);
        r.put("GET /api/articles/{id}", this::article);
        r.put("POST /api/articles", this::submit);
        r.put("GET /api/stats/timeline", this::timeline);
        r.put("GET /api/export", this::export);
        r.put("GET /api/health", this::health);
        r.put("GET /api/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.document()));
        return r;
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }

    private void authorise(Context ctx) {
        boolean write = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
        if (!write && !config.privateReads()) {
            return;
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : null;
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), config.token().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(401, "unauthorised", given == null ? "send 'Authorization: Bearer TOKEN'" : "the bearer token is not this server's");
        }
    }

    private void events(Context ctx) {
        QueryParams.onlyKnown(ctx, EVENTS_PARAMETERS);
        EventQuery q = QueryParams.events(ctx, places, DEFAULT_PAGE);
        List<String> lines = store.eventLines(q);
        StringBuilder out = new StringBuilder(64 + lines.stream().mapToInt(String::length).sum() + lines.size());
        out.append("{\"count\":").append(lines.size()).append(",\"total\":").append(store.count(q)).append(",\"limit\":").append(q.limit())
                .append(",\"offset\":").append(q.offset()).append(",\"items\":[");
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "" : ",").append(lines.get(i));
        }
        ctx.contentType("application/json; charset=utf-8").result(out.append("]}").toString());
    }

    private void event(Context ctx) {
        String id = ctx.pathParam("id");
        StoredEvent s = store.event(id).orElseThrow(() -> ApiError.notFound("no event '" + id + "'"));
        json(ctx, Exporter.withReports(s));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        StoredArticle a = store.article(id).orElseThrow(() -> ApiError.notFound("no article '" + id + "'"));
        ObjectNode out = articleJson(a.article());
        out.put("storyId", a.storyId());
        a.copies().forEach(out.putArray("copies")::add);
        ArrayNode events = out.putArray("events");
        a.events().forEach(e -> events.add(Exporter.withReports(e)));
        json(ctx, out);
    }

    /**
     * Reads a refused body to its end, up to a bound, before the refusal goes out: a server that answers and closes while
     * the client is still sending resets the connection, and the client never sees the answer. A client that asked
     * "Expect: 100-continue" has sent nothing yet and needs no reading.
     */
    private static void discardBody(Context ctx) {
        if (ctx.contentLength() <= 0 || ctx.contentLength() > DISCARD_LIMIT || "100-continue".equalsIgnoreCase(ctx.header("Expect"))) {
            return;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException e) {
            // the client went away, or the body was read as text already; either way nothing is left to read
        }
    }

    private static ObjectNode articleJson(org.sitrep.model.Article a) {
        return EventJson.article(a).put("text", a.text());
    }

    /**
     * Articles read at once: one per core. A submission beyond that waits its turn a while, then is refused with 503,
     * so that many large bodies at once never take the heap.
     */
    private final java.util.concurrent.Semaphore reading = new java.util.concurrent.Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    private static final int WAIT_SECONDS = 20;

    private void submit(Context ctx) throws InterruptedException {
        if (ctx.contentLength() > config.maxBodyBytes()) {
            throw new ApiError(413, "body too large", "the body is " + ctx.contentLength() + " bytes, over the limit of " + config.maxBodyBytes());
        }
        if (!reading.tryAcquire(WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
            ctx.header("Retry-After", "10");
            throw new ApiError(503, "busy", "every reader was busy for " + WAIT_SECONDS + " s; send the article again later");
        }
        try {
            store(ctx);
        } catch (OutOfMemoryError e) {
            ctx.header("Retry-After", "10");
            throw new ApiError(503, "busy", "the server ran short of memory reading this article; send it again later");
        } finally {
            reading.release();
        }
    }

    private void store(Context ctx) {
        PostedArticle posted = PostedArticle.of(ctx);
        byte[] body = posted.bytes();
        String id = ctx.queryParam("id") != null ? ctx.queryParam("id") : "post-" + sha(body);
        ReadResult read = new Articles().readBytes(posted.name(), id, body, posted.type());
        if (!read.errors().isEmpty()) {
            throw new ApiError(400, "bad article", read.errors().get(0).toString());
        }
        if (read.articles().isEmpty()) {
            throw new ApiError(400, "bad article", "the body holds no article");
        }
        ArrayNode results = JSON.createArrayNode();
        for (var article : read.articles()) {
            ArticleResult r;
            try {
                r = pipeline.process(article);
            } catch (org.sitrep.ExtractionException e) {
                throw new ApiError(422, "unreadable article", e.getMessage());
            }
            IngestOutcome o = store.put(r);
            ObjectNode x = results.addObject();
            x.put("articleId", o.articleId());
            x.put("status", o.status().name().toLowerCase());
            x.put("eventsCreated", o.eventsCreated());
            x.put("eventsMerged", o.eventsMerged());
            x.put("copyOf", o.copyOf());
            ArrayNode events = x.putArray("events");
            for (int i = 0; i < r.events().size(); i++) {
                ObjectNode e = EventJson.event(r.events().get(i));
                String reportId = e.get("id").asText();
                e.put("id", i < o.eventIds().size() ? o.eventIds().get(i) : null);
                e.put("reportId", reportId);
                events.add(e);
            }
            r.warnings().forEach(x.putArray("warnings")::add);
        }
        ctx.status(201);
        json(ctx, results.size() == 1 ? results.get(0) : results);
    }

    private void timeline(Context ctx) {
        QueryParams.onlyKnown(ctx, TIMELINE_PARAMETERS);
        ArrayNode days = JSON.createArrayNode();
        for (Store.TimelineDay d : store.timeline(QueryParams.events(ctx, places, 0))) {
            days.addObject().put("day", d.day().toString()).put("events", d.events()).put("killed", d.killed()).put("injured", d.injured());
        }
        json(ctx, days);
    }

    private void health(Context ctx) {
        Health.Report r = new Health(store, feeds, watching).report();
        ctx.status(r.ok() ? 200 : 503);
        json(ctx, r.json());
    }

    private void export(Context ctx) throws IOException {
        QueryParams.onlyKnown(ctx, EXPORT_PARAMETERS);
        String format = ctx.queryParam("format");
        if (format == null) {
            throw ApiError.badParameter("format", "", "is required: one of " + Exporter.FORMATS);
        }
        Exporter exporter;
        try {
            exporter = Exporter.of(format);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("format", format, "is not one of " + Exporter.FORMATS);
        }
        EventQuery query = QueryParams.events(ctx, places, 0);
        ctx.contentType(switch (format) {
            case "acled-csv", "ucdp-csv" -> "text/csv; charset=utf-8";
            case "geojson" -> "application/geo+json";
            case "jsonl" -> "application/x-ndjson";
            default -> "application/vnd.apache.parquet";
        });
        ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events." + (format.endsWith("csv") ? "csv" : format) + "\"");
        try (OutputStream out = new BufferedOutputStream(ctx.outputStream(), 1 << 16)) {
            exporter.write(store, query, out);
        }
    }

    private static void json(Context ctx, Object node) {
        ctx.contentType("application/json; charset=utf-8").result(node.toString());
    }

    private static void error(Context ctx, int status, String error, String detail) {
        discardBody(ctx);
        ctx.status(status);
        json(ctx, JSON.createObjectNode().put("error", error).put("detail", detail));
    }

    private static String sha(byte[] body) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
