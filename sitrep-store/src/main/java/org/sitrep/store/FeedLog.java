package org.sitrep.store;

import java.util.Optional;

/** The watcher's memory of feeds in the database, so that a restart resumes where it stopped. */
public interface FeedLog {

    /** The stored state of a feed, or empty when it was never polled. */
    Optional<FeedState> feed(String url);

    /** Stores a feed's state after a poll, replacing the one before. */
    void save(FeedState state);

    /** Whether an entry of this feed (by its key: guid or link) was already taken. */
    boolean seen(String feedUrl, String entryKey);

    /** Records an entry as taken, with the article it became (null when it became none, as for a 404 page). */
    void taken(String feedUrl, String entryKey, String articleId);
}
