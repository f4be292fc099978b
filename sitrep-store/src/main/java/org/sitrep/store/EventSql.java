package org.sitrep.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitrep.model.Location;

/**
 * The SQL for an event query in one dialect. A radius search first takes the bounding box from the index
 * (the R*Tree in SQLite, the coordinate btree in PostgreSQL), then keeps the events truly within the
 * radius; paging then happens after that exact filter.
 */
record EventSql(String text, String where, List<Object> parameters, EventQuery query) {

    private static final double KM_PER_DEGREE = 111.2;

    static EventSql of(EventQuery q, JdbcStore.Dialect dialect) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        List<Object> p = new ArrayList<>();
        if (q.from() != null) {
            sql.append(" AND e.date_end >= ?");
            p.add(q.from().toString());
        }
        if (q.to() != null) {
            sql.append(" AND e.date_start <= ?");
            p.add(q.to().toString());
        }
        equal(sql, p, "e.country_code", q.country() == null ? null : q.country().toUpperCase(Locale.ROOT));
        if (q.admin1() != null) {
            sql.append(" AND lower(e.admin1) = lower(?)");
            p.add(q.admin1());
        }
        equal(sql, p, "e.category", q.category());
        equal(sql, p, "e.acled_type", q.type());
        equal(sql, p, "e.acled_subtype", q.subType());
        contains(sql, p, "e.weapons", q.weapon());
        contains(sql, p, "e.targets", q.target());
        if (q.initiator() != null) {
            sql.append(" AND lower(e.initiator) LIKE lower(?)");
            p.add(q.initiator() + "%");
        }
        switch (q.background()) {
            case EXCLUDE -> sql.append(" AND (e.reported_after_days IS NULL OR e.reported_after_days <= ").append(EventQuery.BACKGROUND_DAYS).append(')');
            case ONLY -> sql.append(" AND e.reported_after_days > ").append(EventQuery.BACKGROUND_DAYS);
            case INCLUDE -> { }
        }
        atLeast(sql, p, "e.killed", q.minKilled());
        atLeast(sql, p, "e.injured", q.minInjured());
        if (q.withinKm() != null) {
            double dLat = q.withinKm() / KM_PER_DEGREE;
            double dLon = q.withinKm() / (KM_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(q.nearLat()))));
            if (dialect == JdbcStore.Dialect.SQLITE) {
                sql.append(" AND e.seq IN (SELECT seq FROM events_rtree WHERE min_lat >= ? AND max_lat <= ? AND min_lon >= ? AND max_lon <= ?)");
            } else {
                sql.append(" AND e.lat >= ? AND e.lat <= ? AND e.lon >= ? AND e.lon <= ?");
            }
            p.addAll(List.of(q.nearLat() - dLat, q.nearLat() + dLat, q.nearLon() - dLon, q.nearLon() + dLon));
        }
        if (q.text() != null && !q.text().isBlank()) {
            if (ftsPhrase(q.text()).isEmpty()) {
                sql.append(" AND 1 = 0"); // punctuation only: no word to find
            } else if (dialect == JdbcStore.Dialect.SQLITE) {
                sql.append(" AND e.id IN (SELECT r.event_id FROM reports r JOIN articles a ON a.id = r.article_id "
                        + "WHERE a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))");
                p.add(ftsPhrase(q.text()));
            } else {
                sql.append(" AND e.id IN (SELECT r.event_id FROM reports r JOIN articles a ON a.id = r.article_id "
                        + "WHERE to_tsvector('english', coalesce(a.title, '') || ' ' || a.text) @@ plainto_tsquery('english', ?))");
                p.add(q.text());
            }
        }
        String where = sql.toString();
        sql.insert(0, "SELECT e.seq, e.json, e.report_count, e.lat, e.lon FROM events e");
        sql.append(switch (q.sort()) {
            case DATE_DESC -> " ORDER BY e.date_start DESC, e.seq DESC";
            case DATE_ASC -> " ORDER BY e.date_start ASC, e.seq ASC";
            case KILLED_DESC -> " ORDER BY e.killed DESC, e.seq DESC";
        });
        if (q.withinKm() == null && q.limit() > 0) {
            sql.append(" LIMIT ").append(q.limit()).append(" OFFSET ").append(q.offset());
        }
        return new EventSql(sql.toString(), where, p, q);
    }

    /** FTS5 query of the words as plain terms, so that user text cannot be read as FTS syntax. */
    private static String ftsPhrase(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\d]+")).filter(w -> !w.isEmpty())
                .map(w -> "\"" + w + "\"").collect(Collectors.joining(" "));
    }

    private static void equal(StringBuilder sql, List<Object> p, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            p.add(value);
        }
    }

    private static void contains(StringBuilder sql, List<Object> p, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" LIKE ?");
            p.add("%|" + value + "|%");
        }
    }

    private static void atLeast(StringBuilder sql, List<Object> p, String column, Integer value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" >= ?");
            p.add(value);
        }
    }

    /** Events and casualties per day for the same filters (a radius counts its bounding box). */
    String timelineText() {
        return "SELECT e.date_start, COUNT(*), COALESCE(SUM(e.killed), 0), COALESCE(SUM(e.injured), 0) FROM events e" + where
                + " AND e.date_start IS NOT NULL GROUP BY e.date_start ORDER BY e.date_start";
    }

    /** The number of matching events; with a radius, the coordinates of those in its box, to be counted exactly. */
    String countText() {
        return query.withinKm() == null ? "SELECT COUNT(*) FROM events e" + where : "SELECT e.lat, e.lon FROM events e" + where;
    }

    /** Whether an event at these coordinates lies within the query's radius (always, without one). */
    boolean withinDistance(Double lat, Double lon) {
        if (query.withinKm() == null) {
            return true;
        }
        Location center = new Location("near", null, null, null, null, query.nearLat(), query.nearLon(), Location.Level.POINT, null);
        Location at = new Location("at", null, null, null, null, lat, lon, Location.Level.POINT, null);
        return center.kmTo(at) <= query.withinKm();
    }

    /** The requested page, when paging could not happen in SQL (after the exact radius filter). */
    <T> List<T> pageOf(List<T> events) {
        if (query.withinKm() == null || query.limit() == 0) {
            return events;
        }
        int from = Math.min(query.offset(), events.size());
        return events.subList(from, Math.min(events.size(), from + query.limit()));
    }
}
