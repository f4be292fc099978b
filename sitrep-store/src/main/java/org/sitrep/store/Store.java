package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.ArticleResult;

/**
 * Articles, their reports and the merged events, in SQLite (the default, a file) or PostgreSQL.
 * Each article is stored in one transaction: after a crash it is either all there or not at all.
 */
public interface Store extends AutoCloseable {

    /** The default database: a SQLite file {@code sitrep.db} in the working directory. */
    String DEFAULT_URL = "jdbc:sqlite:sitrep.db";

    /**
     * Stores an article and its events, merging each attack into the event it reports when there is one.
     * The same article again changes nothing; a new version (same id or URL, other text) replaces the
     * old version's reports and re-merges the events they were in.
     */
    IngestOutcome put(ArticleResult result);

    /**
     * Stores articles as {@link #put} does, in one transaction for the group (far fewer disk syncs), each article
     * all or nothing inside it: one that fails is rolled back alone and the others stay. After a crash the group is
     * there or not at all, so a rerun stores what was lost.
     */
    List<Put> putAll(List<ArticleResult> results);

    /**
     * Stores articles as {@link #putAll(List)} does, for a caller that found the syndicated copies itself (the Spark
     * job, over all its articles at once): {@code copies} maps the id of each article that is a copy to the id of the
     * article it copies, and replaces the store's own lookup; an article it does not name, or whose original this
     * store does not hold, is a story of its own.
     */
    List<Put> putAll(List<ArticleResult> results, java.util.Map<String, String> copies);

    /** The group {@code sitrep ingest} stores per commit: one disk sync per group, a savepoint per article. */
    int INGEST_GROUP = 500;

    /** One article of a group: what storing it did, or the error that left it out (the other is null). */
    record Put(String articleId, IngestOutcome outcome, RuntimeException error) {
    }

    /** The same events as {@link #events}, each as its Event JSON text with a {@code reportCount}: for serving as is. */
    List<String> eventLines(EventQuery query);

    /** Events that match the query, merged, without their reports. */
    List<StoredEvent> events(EventQuery query);

    /** How many events match the query, all pages together (its limit and offset aside). */
    long count(EventQuery query);

    /** One event with every report behind it, by its id or by the id of one of its reports ({@code ev-…}). */
    Optional<StoredEvent> event(String id);

    /** One article as stored: its cleaned text and metadata, and the events it reported. */
    Optional<StoredArticle> article(String id);

    /** Events and casualties per day (best figures summed) for the events that match the query. */
    List<TimelineDay> timeline(EventQuery query);

    /** One day of the timeline. */
    record TimelineDay(java.time.LocalDate day, long events, long killed, long injured) {
    }

    /** The state of followed feeds, kept in the same database. */
    FeedLog feeds();

    /** How many articles, reports and events the store holds. */
    Counts counts();

    /** Sizes of the store's tables. */
    record Counts(long articles, long reports, long events) {
    }

    @Override
    void close();

    /**
     * Opens (and creates or migrates) the database at a JDBC URL: {@code jdbc:sqlite:FILE} or
     * {@code jdbc:postgresql://HOST/DB?user=...}.
     */
    static Store open(String url) {
        return JdbcStore.open(url);
    }
}
