package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.ingest.CanonicalUrl;
import org.sitrep.merge.MinHash;
import org.sitrep.merge.Report;
import org.sitrep.merge.ReportMerger;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.output.EventJson;

/**
 * The store on JDBC: SQLite (WAL, FTS5 over article text, an R*Tree over event places) or PostgreSQL
 * (GIN full-text index, btree on coordinates), the same tables in both, created by Flyway migrations
 * under {@code db/migration/<dialect>}. One connection, one transaction per article.
 */
final class JdbcStore implements Store, FeedLog {

    enum Dialect { SQLITE, POSTGRESQL }

    /** A box around a report's place, wider than any merge distance, for the index to narrow candidates. */
    private static final double NEAR_DEGREES = 0.5;
    /** No stored event spans more days than this (a month-precision date), so older starts need not be read. */
    private static final int LONGEST_EVENT_DAYS = 32;
    /** Events that last at most this many days are looked up as merge candidates a few days back only (V8). */
    private static final int SHORT_EVENT_DAYS = 1;
    /** Merged views and reports kept parsed by the writer (a few KB each); a report's JSON never changes. */
    private static final int PARSED_EVENTS = 20_000;
    private final Map<String, Parsed> parsedEvents = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > PARSED_EVENTS;
        }
    };
    /** Near-duplicate candidates compared in full: those sharing the most MinHash bands (a story printed 500 times costs as one printed 20 times). */
    /**
     * The most reports an event is re-merged from: its latest. Past it the earliest reports no longer count toward the
     * merged figures, weapons and place; they stay stored and listed with the event.
     */
    static final int MERGED_REPORTS = 20;
    private final Connection db;
    /** Reads run on a connection of their own thread, beside the writer (SQLite WAL and PostgreSQL allow it). */
    private final ThreadLocal<Connection> readers = new ThreadLocal<>();
    private final List<Connection> openReaders = java.util.Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    /** The write connection's statements, prepared once each. */
    private final Map<String, PreparedStatement> prepared = new java.util.HashMap<>();
    private final String jdbcUrl;
    private final Dialect dialect;
    private final String url;
    private final ReportMerger merger = ReportMerger.standard();

    private JdbcStore(Connection db, Dialect dialect, String jdbcUrl) {
        this.db = db;
        this.dialect = dialect;
        this.jdbcUrl = jdbcUrl;
        this.url = redact(jdbcUrl);
    }

    static JdbcStore open(String url) {
        Dialect dialect;
        if (url.startsWith("jdbc:sqlite:")) {
            dialect = Dialect.SQLITE;
        } else if (url.startsWith("jdbc:postgresql:")) {
            dialect = Dialect.POSTGRESQL;
        } else {
            throw new IllegalArgumentException("unsupported database URL '" + url + "': use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
        }
        String where = redact(url);
        try {
            Flyway.configure().dataSource(url, null, null).loggers("slf4j")
                    .locations("classpath:db/migration/" + dialect.name().toLowerCase(Locale.ROOT)).load().migrate();
            Connection c = DriverManager.getConnection(url);
            if (dialect == Dialect.SQLITE) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA foreign_keys=ON");
                    s.execute("PRAGMA busy_timeout=10000");
                    s.execute("PRAGMA synchronous=NORMAL");
                    s.execute("PRAGMA cache_size=-65536"); // 64 MB of pages (2 MB by default): index inserts at random keys hit it
                    s.execute("PRAGMA wal_autocheckpoint=16384"); // 64 MB: a page rewritten by many commits is copied back once
                }
            }
            c.setAutoCommit(false);
            return new JdbcStore(c, dialect, url);
        } catch (SQLException | FlywayException e) {
            throw new StoreException("cannot open database " + where + ": " + e.getMessage(), e);
        }
    }

    /** The URL without a password, for messages. */
    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public synchronized IngestOutcome put(ArticleResult result) {
        try {
            IngestOutcome o = store(result, null);
            db.commit();
            return o;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw failure(result.article(), e);
        }
    }

    @Override
    public List<Put> putAll(List<ArticleResult> results) {
        return putAll(results, null);
    }

    @Override
    public synchronized List<Put> putAll(List<ArticleResult> results, Map<String, String> copies) {
        List<Put> out = new ArrayList<>(results.size());
        try {
            for (ArticleResult r : results) {
                Savepoint before = db.setSavepoint();
                try {
                    out.add(new Put(r.article().id(), store(r, copies), null));
                    db.releaseSavepoint(before);
                } catch (SQLException | RuntimeException e) {
                    db.rollback(before); // this article alone: the others of the group stay
                    out.add(new Put(r.article().id(), null, failure(r.article(), e)));
                }
            }
            db.commit();
            return out;
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot store a group of " + results.size() + " articles in " + url + ": " + e.getMessage(), e);
        }
    }

    private RuntimeException failure(Article a, Exception e) {
        return e instanceof SQLException ? new StoreException("cannot store article " + a.id() + " in " + url + ": " + e.getMessage(), e)
                : (RuntimeException) e;
    }

    /** Writes one article in the open transaction, which the caller commits. */
    private IngestOutcome store(ArticleResult result, Map<String, String> copies) throws SQLException {
        Article a = result.article();
        String hash = sha256(a.text());
        String canonical = CanonicalUrl.of(a.url());
        long[] signature = MinHash.signature(a.text());
        String[] existing = existingArticle(a, canonical);
        if (existing != null && existing[1].equals(hash)) {
            List<String> eventIds = strings("SELECT event_id FROM reports WHERE article_id = ? ORDER BY seq", existing[0]);
            return new IngestOutcome(IngestOutcome.Status.UNCHANGED, 0, 0, null, existing[0], eventIds);
        }
        Set<String> touched = new LinkedHashSet<>();
        if (existing != null) {
            touched.addAll(strings("SELECT DISTINCT event_id FROM reports WHERE article_id = ?", existing[0]));
            update("DELETE FROM sources WHERE report_id IN (SELECT id FROM reports WHERE article_id = ?)", existing[0]);
            update("DELETE FROM reports WHERE article_id = ?", existing[0]);
            deleteBands(existing[0]);
            update("DELETE FROM articles WHERE id = ?", existing[0]);
        }
        Original original = copies == null ? original(signature) : stored(copies.get(a.id()));
        String story = original == null ? null : original.storyId();
        update("INSERT INTO articles (id, url, title, published, category, author, language, text, content_hash, ingested_at, "
                + "canonical_url, story_id, minhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id(), a.url(), a.title(),
                str(a.published()), a.category(), a.author(), a.language(), a.text(), hash, Instant.now().toString(),
                canonical, story == null ? a.id() : story, MinHash.toBytes(signature));
        long[] keys = MinHash.bandKeys(signature);
        Object[] rows = new Object[keys.length * 2];
        for (int i = 0; i < keys.length; i++) {
            rows[2 * i] = keys[i];
            rows[2 * i + 1] = a.id();
        }
        update("INSERT INTO article_bands (band_key, article_id) VALUES " + "(?, ?), ".repeat(keys.length - 1) + "(?, ?)"
                + " ON CONFLICT DO NOTHING", rows);
        List<Report> copied = original == null ? new ArrayList<>() : copiedReports(original);
        long seq = number("SELECT COALESCE(MAX(seq), 0) FROM reports");
        int created = 0, merged = 0;
        List<String> eventIds = new ArrayList<>();
        Map<String, Report> onlyReport = new HashMap<>(); // events this article creates: their one report is known
        List<Object[]> reportRows = new ArrayList<>(), sourceRows = new ArrayList<>();
        for (Event e : result.events()) {
            Report report = new Report(e.id(), a.id(), a.url(), a.published(), ++seq, e);
            String eventId = sameInCopies(e, copied);
            if (eventId == null && e.category() == Event.Category.ATTACK) {
                eventId = matchingEvent(report, eventIds);
            }
            if (eventId == null) {
                eventId = "evt-" + e.id().replaceFirst("^ev-", "");
                onlyReport.put(eventId, report);
                created++;
            } else {
                merged++;
            }
            reportRows.add(new Object[] {report.id(), a.id(), eventId, seq, str(a.published()), EventJson.eventLine(e)});
            for (String source : new LinkedHashSet<>(e.sources())) {
                sourceRows.add(new Object[] {report.id(), source});
            }
            touched.add(eventId);
            eventIds.add(eventId);
        }
        batch("INSERT INTO reports (id, article_id, event_id, seq, published, json) VALUES (?, ?, ?, ?, ?, ?)", reportRows);
        batch("INSERT INTO sources (report_id, name) VALUES (?, ?)", sourceRows);
        for (String id : touched) {
            Report only = onlyReport.get(id);
            if (only != null) {
                write(id, merger.combine(id, List.of(only)), 1, only.published());
            } else {
                recompute(id);
            }
        }
        return new IngestOutcome(existing == null ? IngestOutcome.Status.NEW : IngestOutcome.Status.REPLACED, created, merged, story,
                a.id(), eventIds);
    }

    /** The stored article with this id, or else with this canonical URL: its id and content hash; null when none. */
    private String[] existingArticle(Article a, String canonical) throws SQLException {
        String[] byId = row("SELECT id, content_hash FROM articles WHERE id = ?", a.id());
        if (byId != null || canonical == null) {
            return byId;
        }
        return row("SELECT id, content_hash FROM articles WHERE canonical_url = ?", canonical);
    }

    /** The stored article whose text this one copies, and the story it belongs to. */
    private record Original(String articleId, String storyId) {
    }

    /**
     * The stored article whose text this one copies by {@link MinHash#original} (this one is a syndicated copy of its
     * story); null when the text is a story of its own.
     */
    private Original original(long[] signature) throws SQLException {
        long[] keys = MinHash.bandKeys(signature);
        String sql = "SELECT a.id, c.shared, a.minhash FROM articles a JOIN (SELECT article_id, COUNT(*) AS shared FROM article_bands "
                + "WHERE band_key IN (" + "?, ".repeat(keys.length - 1) + "?) GROUP BY article_id ORDER BY shared DESC, article_id"
                + (dialect == Dialect.POSTGRESQL ? " COLLATE \"C\"" : "") + " LIMIT "
                + MinHash.CANDIDATES + ") c ON c.article_id = a.id";
        List<MinHash.Candidate> candidates = new ArrayList<>();
        statement(sql, java.util.Arrays.stream(keys).boxed().toArray(), ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(new MinHash.Candidate(rs.getString(1), rs.getInt(2), MinHash.fromBytes(rs.getBytes(3))));
                }
            }
            return null;
        });
        return stored(MinHash.original(signature, candidates));
    }

    /** A stored article as the original of a copy, with its story; null when the id is null or not stored here. */
    private Original stored(String articleId) throws SQLException {
        String[] row = articleId == null ? null : row("SELECT id, story_id FROM articles WHERE id = ?", articleId);
        return row == null ? null : new Original(row[0], row[1]);
    }

    /**
     * The reports of the article a copy copies, each with the event it belongs to as its id: the events the
     * copy most likely retells. (Only that article's, so that a story printed by hundreds of outlets costs the
     * same as one printed by two.)
     */
    private List<Report> copiedReports(Original original) throws SQLException {
        List<Report> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT event_id, article_id, json FROM reports WHERE article_id = ? ORDER BY seq")) {
            bind(ps, original.articleId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Report(rs.getString(1), rs.getString(2), null, null, 0, EventJson.readEvent(rs.getString(3))));
                }
            }
        }
        return out;
    }

    /**
     * The event that a copy's event is another report of: one that the copied article reported as the same
     * event, and that no earlier event of this copy took; null when there is none. Taken ones are removed.
     */
    private String sameInCopies(Event e, List<Report> copied) {
        for (Report r : copied) {
            if (merger.sameInCopies(e, r.event())) {
                String id = r.id();
                copied.removeIf(other -> other.id().equals(id));
                return id;
            }
        }
        return null;
    }

    /**
     * The event this attack report belongs to: one whose merged view is the same attack by the merge rules
     * and that holds no report of the same article (whose events the extractor already told apart): none of
     * {@code joined}, the events the article's earlier reports went to.
     */
    private String matchingEvent(Report report, List<String> joined) throws SQLException {
        Event e = report.event();
        if (!e.date().resolved() || e.location() == null) {
            return null;
        }
        Location l = e.location();
        List<Object> narrowing = new ArrayList<>();
        narrowing.add(e.date().start().minusDays(1).toString());
        String where = " AND category = 'attack' AND date_end >= ?" + placeFilter(l, narrowing)
                + (e.acled() == null ? "" : " AND (acled_type IS NULL OR acled_type = ?)")
                + (e.initiator() == null ? "" : " AND (initiator IS NULL OR initiator = ?)");
        if (e.acled() != null) {
            narrowing.add(e.acled().type());
        }
        if (e.initiator() != null) {
            narrowing.add(e.initiator().name());
        }
        String sql = "SELECT id, json, date_start, seq FROM events WHERE country_code = ? AND long_event = 0 AND date_start BETWEEN ? AND ?" + where
                + " UNION ALL SELECT id, json, date_start, seq FROM events WHERE country_code = ? AND long_event = 1 AND date_start BETWEEN ? AND ?"
                + where + " ORDER BY 3, 4";
        String best = null;
        double bestKm = Double.MAX_VALUE;
        List<Object> values = new ArrayList<>();
        for (int days : new int[] {SHORT_EVENT_DAYS + 1, LONGEST_EVENT_DAYS}) {
            values.add(l.countryCode());
            values.add(e.date().start().minusDays(days).toString());
            values.add(e.date().end().plusDays(1).toString());
            values.addAll(narrowing);
        }
        List<String[]> rows = statement(sql, values.toArray(), ps -> {
            List<String[]> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            return found;
        });
        for (String[] candidate : rows) {
            Event merged = parsed(candidate[0], candidate[1]);
            double km = e.location().kmTo(merged.location());
            if (merger.sameAttack(report, new Report(candidate[0], "", null, null, 0, merged)) && (km < bestKm || best == null)
                    && !joined.contains(candidate[0])) {
                best = candidate[0];
                bestKm = Double.isInfinite(km) ? Double.MAX_VALUE - 1 : km;
            }
        }
        return best;
    }

    /**
     * Which stored events can be in the same place as a report of this level, by the merge rule's own cases
     * ({@code RuleMerger.samePlace}): a country only with a country; a region with any event of that region; a town
     * with its region or with a town in the box around it. Adds the values it binds to {@code values}.
     */
    private static String placeFilter(Location l, List<Object> values) {
        String admin1 = l.admin1() != null ? l.admin1() : l.name();
        switch (l.level()) {
            case COUNTRY:
                return " AND level = 'country'";
            case ADMIN1:
                values.add(admin1);
                return " AND level <> 'country' AND admin1 = ?";
            default:
                double lat = l.lat() == null ? 0 : l.lat(), lon = l.lon() == null ? 0 : l.lon();
                values.addAll(List.of(admin1, lat - NEAR_DEGREES, lat + NEAR_DEGREES, lon - NEAR_DEGREES, lon + NEAR_DEGREES));
                return " AND ((level = 'admin1' AND admin1 = ?) OR (level NOT IN ('admin1', 'country') AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?))";
        }
    }

    /**
     * An event's merged view or a report's event, parsed from its JSON once and kept while it is unchanged: the same
     * events are weighed again and again as candidates for the reports of their place and days, and the same reports
     * re-merged as their events grow. Only the writer uses it.
     */
    private Event parsed(String id, String json) {
        Parsed p = parsedEvents.get(id);
        if (p == null || !p.json().equals(json)) {
            p = new Parsed(json, EventJson.readEvent(json));
            parsedEvents.put(id, p);
        }
        return p.event();
    }

    private record Parsed(String json, Event event) {
    }

    /**
     * Re-merges an event from its latest reports (at most {@link #MERGED_REPORTS}, so that storing a report costs the
     * same however many an event has); an event left without reports is deleted.
     */
    private void recompute(String eventId) throws SQLException {
        List<Report> reports = reports(eventId, MERGED_REPORTS, this::parsed);
        if (reports.isEmpty()) {
            Long seq = numberOrNull("SELECT seq FROM events WHERE id = ?", eventId);
            update("DELETE FROM events WHERE id = ?", eventId);
            if (seq != null && dialect == Dialect.SQLITE) {
                update("DELETE FROM events_rtree WHERE seq = ?", seq);
            }
            return;
        }
        String[] counted = row("SELECT COUNT(*), MIN(published) FROM reports WHERE event_id = ?", eventId);
        write(eventId, merger.combine(eventId, reports), Long.parseLong(counted[0]), counted[1] == null ? null : LocalDate.parse(counted[1]));
    }

    /** Writes a merged event (inserted or updated) with its report count and first report's publication day. */
    private void write(String eventId, Event m, long reportCount, LocalDate firstPublished) throws SQLException {
        Location l = m.location();
        update("INSERT INTO events (id, category, date_start, date_end, country_code, admin1, location_name, level, lat, lon, "
                        + "acled_type, acled_subtype, initiator, weapons, targets, killed, injured, report_count, json, reported_after_days, long_event) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                        + "category = excluded.category, date_start = excluded.date_start, date_end = excluded.date_end, "
                        + "country_code = excluded.country_code, admin1 = excluded.admin1, location_name = excluded.location_name, "
                        + "level = excluded.level, lat = excluded.lat, lon = excluded.lon, acled_type = excluded.acled_type, "
                        + "acled_subtype = excluded.acled_subtype, initiator = excluded.initiator, weapons = excluded.weapons, "
                        + "targets = excluded.targets, killed = excluded.killed, injured = excluded.injured, "
                        + "report_count = excluded.report_count, json = excluded.json, reported_after_days = excluded.reported_after_days, "
                        + "long_event = excluded.long_event",
                eventId, m.category().name().toLowerCase(Locale.ROOT), str(m.date().start()), str(m.date().end()),
                l == null ? null : l.countryCode(), l == null ? null : l.admin1() != null ? l.admin1() : l.level() == Location.Level.ADMIN1 ? l.name() : null,
                l == null ? null : l.name(), l == null ? null : l.level().name().toLowerCase(Locale.ROOT),
                l == null ? null : l.lat(), l == null ? null : l.lon(),
                m.acled() == null ? null : m.acled().type(), m.acled() == null ? null : m.acled().subType(),
                m.initiator() == null ? null : m.initiator().name(), bars(m.weapons()), bars(m.targets()),
                m.casualties() == null || m.casualties().killed() == null ? null : m.casualties().killed().best(),
                m.casualties() == null || m.casualties().injured() == null ? null : m.casualties().injured().best(),
                reportCount, EventJson.eventLine(m), reportedAfterDays(m, firstPublished), longEvent(m) ? 1 : 0);
        if (dialect == Dialect.SQLITE && l != null && l.lat() != null && l.lon() != null) {
            long s = number("SELECT seq FROM events WHERE id = ?", eventId);
            update("INSERT OR REPLACE INTO events_rtree (seq, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)",
                    s, l.lat(), l.lat(), l.lon(), l.lon());
        }
    }

    /** Removes an article's band keys, found again from its stored signature (the bands are keyed by band only). */
    private void deleteBands(String articleId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT minhash FROM articles WHERE id = ?")) {
            bind(ps, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                byte[] signature = rs.next() ? rs.getBytes(1) : null;
                if (signature == null) {
                    return;
                }
                long[] keys = MinHash.bandKeys(MinHash.fromBytes(signature));
                Object[] values = new Object[keys.length + 1];
                values[0] = articleId;
                for (int i = 0; i < keys.length; i++) {
                    values[i + 1] = keys[i];
                }
                update("DELETE FROM article_bands WHERE article_id = ? AND band_key IN (" + "?, ".repeat(keys.length - 1) + "?)", values);
            }
        }
    }

    /** Whether an event lasts longer than {@link #SHORT_EVENT_DAYS}, so that merge candidates are sought further back for it. */
    private static boolean longEvent(Event m) {
        return m.date().start() != null && m.date().end() != null
                && java.time.temporal.ChronoUnit.DAYS.between(m.date().start(), m.date().end()) > SHORT_EVENT_DAYS;
    }

    /** Days from the event's last day to its first report's publication, or null when either is unknown. */
    private static Integer reportedAfterDays(Event m, LocalDate first) {
        if (first == null || m.date().end() == null) {
            return null;
        }
        return (int) java.time.temporal.ChronoUnit.DAYS.between(m.date().end(), first);
    }

    /** An event's latest {@code limit} reports, oldest first. */
    private List<Report> reports(String eventId, int limit) throws SQLException {
        return reports(eventId, limit, (id, json) -> EventJson.readEvent(json));
    }

    /** The same, each report's event parsed by {@code parse} (the writer's cache, or afresh). */
    private List<Report> reports(String eventId, int limit, java.util.function.BiFunction<String, String, Event> parse) throws SQLException {
        List<Report> out = new ArrayList<>();
        statement("SELECT r.id, r.article_id, a.url, r.published, r.seq, r.json FROM reports r JOIN articles a ON a.id = r.article_id "
                + "WHERE r.event_id = ? ORDER BY r.seq DESC LIMIT ?", new Object[] {eventId, limit}, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Report(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4)), rs.getLong(5), parse.apply(rs.getString(1), rs.getString(6))));
                }
            }
            return null;
        });
        java.util.Collections.reverse(out);
        return out;
    }

    @Override
    public List<String> eventLines(EventQuery q) {
        return matching(q, StoredEvent::line);
    }

    @Override
    public List<StoredEvent> events(EventQuery q) {
        return matching(q, (json, reports) -> new StoredEvent(EventJson.readEvent(json), reports, List.of()));
    }

    @Override
    public long count(EventQuery q) {
        EventSql sql = EventSql.of(q, dialect);
        return reading("count events", () -> {
            long n = 0;
            try (PreparedStatement ps = c().prepareStatement(sql.countText())) {
                bind(ps, sql.parameters().toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (q.withinKm() == null) {
                            return rs.getLong(1);
                        }
                        n += sql.withinDistance(rs.getObject(1) == null ? null : rs.getDouble(1), rs.getObject(2) == null ? null : rs.getDouble(2)) ? 1 : 0;
                    }
                }
            }
            return n;
        });
    }

    /** Turns one stored event (its JSON text and report count) into what a query returns. */
    private interface EventRow<T> {
        T map(String json, int reportCount);
    }

    /** The events matching a query, within its radius and on its page, each mapped from its stored row. */
    private <T> List<T> matching(EventQuery q, EventRow<T> row) {
        EventSql sql = EventSql.of(q, dialect);
        return reading("query events", () -> {
            List<T> out = new ArrayList<>();
            try (PreparedStatement ps = c().prepareStatement(sql.text())) {
                bind(ps, sql.parameters().toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (sql.withinDistance(rs.getObject(4) == null ? null : rs.getDouble(4), rs.getObject(5) == null ? null : rs.getDouble(5))) {
                            out.add(row.map(rs.getString(2), rs.getInt(3)));
                        }
                    }
                }
            }
            return sql.pageOf(out);
        });
    }

    @Override
    public Optional<StoredEvent> event(String id) {
        return reading("read event " + id, () -> {
            String[] report = row("SELECT event_id FROM reports WHERE id = ?", id);
            String eventId = report == null ? id : report[0];
            String[] row = row("SELECT json, report_count FROM events WHERE id = ?", eventId);
            return row == null ? Optional.<StoredEvent>empty()
                    : Optional.of(new StoredEvent(EventJson.readEvent(row[0]), Integer.parseInt(row[1]), reports(eventId, Integer.MAX_VALUE)));
        });
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return reading("read article " + id, () -> {
            String[] a = row("SELECT id, url, title, published, category, author, language, text, story_id FROM articles WHERE id = ?", id);
            if (a == null) {
                return Optional.<StoredArticle>empty();
            }
            Article article = new Article(a[0], a[1], a[2], a[3] == null ? null : LocalDate.parse(a[3]), a[4], a[5], a[6], a[7]);
            List<StoredEvent> events = new ArrayList<>();
            try (PreparedStatement ps = c().prepareStatement("SELECT e.json, e.report_count FROM events e WHERE e.id IN "
                    + "(SELECT r.event_id FROM reports r WHERE r.article_id = ?) ORDER BY e.date_start")) {
                bind(ps, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new StoredEvent(EventJson.readEvent(rs.getString(1)), rs.getInt(2), List.of()));
                    }
                }
            }
            for (StoredEvent e : List.copyOf(events)) {
                events.set(events.indexOf(e), new StoredEvent(e.event(), e.reportCount(), reports(e.event().id(), Integer.MAX_VALUE)));
            }
            String story = a[8] == null ? a[0] : a[8];
            List<String> copies = strings("SELECT id FROM articles WHERE story_id = ? AND id <> ? ORDER BY ingested_at, id", story, a[0]);
            return Optional.of(new StoredArticle(article, story, copies, events));
        });
    }

    @Override
    public List<TimelineDay> timeline(EventQuery q) {
        EventSql sql = EventSql.of(q, dialect);
        return reading("build the timeline", () -> {
            List<TimelineDay> out = new ArrayList<>();
            try (PreparedStatement ps = c().prepareStatement(sql.timelineText())) {
                bind(ps, sql.parameters().toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new TimelineDay(LocalDate.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public FeedLog feeds() {
        return this;
    }

    @Override
    public Optional<FeedState> feed(String url) {
        return reading("read the state of feed " + url, () -> {
            String[] r = row("SELECT url, etag, last_modified, last_polled, next_poll, last_status, errors, last_error, entries "
                    + "FROM feeds WHERE url = ?", url);
            return r == null ? Optional.<FeedState>empty() : Optional.of(new FeedState(r[0], r[1], r[2], instant(r[3]), instant(r[4]),
                    r[5], Integer.parseInt(r[6]), r[7], Integer.parseInt(r[8])));
        });
    }

    @Override
    public synchronized void save(FeedState f) {
        writing("save the state of feed " + f.url(), () -> update("INSERT INTO feeds (url, etag, last_modified, last_polled, next_poll, "
                + "last_status, errors, last_error, entries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                + "etag = excluded.etag, last_modified = excluded.last_modified, last_polled = excluded.last_polled, "
                + "next_poll = excluded.next_poll, last_status = excluded.last_status, errors = excluded.errors, "
                + "last_error = excluded.last_error, entries = excluded.entries",
                f.url(), f.etag(), f.lastModified(), str(f.lastPolled()), str(f.nextPoll()), f.lastStatus(), f.errors(), f.lastError(), f.entries()));
    }

    @Override
    public boolean seen(String feedUrl, String entryKey) {
        return reading("read feed entries of " + feedUrl,
                () -> row("SELECT 1 FROM feed_entries WHERE feed_url = ? AND entry_key = ?", feedUrl, entryKey) != null);
    }

    @Override
    public synchronized void taken(String feedUrl, String entryKey, String articleId) {
        writing("record an entry of feed " + feedUrl, () -> {
            if (row("SELECT 1 FROM feeds WHERE url = ?", feedUrl) == null) {
                update("INSERT INTO feeds (url) VALUES (?)", feedUrl);
            }
            update("INSERT INTO feed_entries (feed_url, entry_key, article_id, seen_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (feed_url, entry_key) DO UPDATE SET article_id = excluded.article_id",
                    feedUrl, entryKey, articleId, Instant.now().toString());
        });
    }

    /** A change on the writer connection. */
    private interface SqlChange {
        void run() throws SQLException;
    }

    /** A change in a transaction of its own on the writer connection; a failure names what was being done. */
    private void writing(String what, SqlChange change) {
        try {
            change.run();
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot " + what + " in " + url + ": " + e.getMessage(), e);
        }
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    @Override
    public Counts counts() {
        return reading("count rows", () -> new Counts(number("SELECT COUNT(*) FROM articles"),
                number("SELECT COUNT(*) FROM reports"), number("SELECT COUNT(*) FROM events")));
    }

    @Override
    public synchronized void close() {
        try {
            synchronized (openReaders) {
                for (Connection r : openReaders) {
                    r.close();
                }
            }
            for (PreparedStatement ps : prepared.values()) {
                ps.close();
            }
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + url + ": " + e.getMessage(), e);
        }
    }

    /** Work on the connection that may throw SQLException. */
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** A read on this thread's reader connection; a failure names what was being done and the database. */
    private <T> T reading(String what, SqlWork<T> work) {
        try {
            current.set(reader());
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + url + ": " + e.getMessage(), e);
        } finally {
            current.remove();
        }
    }

    /** The connection statements run on: the thread's reader inside {@link #reading}, else the writer. */
    private Connection c() {
        Connection r = current.get();
        return r != null ? r : db;
    }

    private Connection reader() throws SQLException {
        Connection r = readers.get();
        if (r == null || r.isClosed()) {
            r = DriverManager.getConnection(jdbcUrl);
            if (dialect == Dialect.SQLITE) {
                try (Statement s = r.createStatement()) {
                    s.execute("PRAGMA busy_timeout=10000");
                    s.execute("PRAGMA query_only=1");
                }
            }
            r.setAutoCommit(true);
            readers.set(r);
            openReaders.add(r);
        }
        return r;
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is already unusable; the first error is the one worth reporting
        }
    }

    private static String bars(List<String> values) {
        return values.isEmpty() ? null : "|" + String.join("|", values) + "|";
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    /** Work on a prepared statement whose parameters are bound. */
    private interface StatementWork<T> {
        T run(PreparedStatement ps) throws SQLException;
    }

    /**
     * Runs a statement: on the write connection one prepared once and kept (storing an article repeats the same few
     * statements), on a reader a fresh one.
     */
    private <T> T statement(String sql, Object[] values, StatementWork<T> work) throws SQLException {
        Connection c = c();
        if (c != db) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, values);
                return work.run(ps);
            }
        }
        PreparedStatement ps = cached(sql);
        bind(ps, values);
        return work.run(ps);
    }

    /** The write connection's statement for this text, prepared once. */
    private PreparedStatement cached(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = db.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    /** Runs one statement on the write connection for each row of values, sent together (one round trip on PostgreSQL). */
    private void batch(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        PreparedStatement ps = cached(sql);
        for (Object[] row : rows) {
            bind(ps, row);
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private void update(String sql, Object... values) throws SQLException {
        statement(sql, values, PreparedStatement::executeUpdate);
    }

    private String[] row(String sql, Object... values) throws SQLException {
        return statement(sql, values, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String[] out = new String[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = rs.getString(i + 1);
                }
                return out;
            }
        });
    }

    private List<String> strings(String sql, Object... values) throws SQLException {
        return statement(sql, values, ps -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private long number(String sql, Object... values) throws SQLException {
        Long n = numberOrNull(sql, values);
        return n == null ? 0 : n;
    }

    private Long numberOrNull(String sql, Object... values) throws SQLException {
        String[] r = row(sql, values);
        return r == null || r[0] == null ? null : Long.parseLong(r[0]);
    }
}
