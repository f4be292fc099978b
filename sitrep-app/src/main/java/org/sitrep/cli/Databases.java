package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.store.Store;

/** Opens the database a reading command (events, export) names, without creating an empty one by mistake. */
final class Databases {

    private static final String SQLITE = "jdbc:sqlite:";

    private Databases() {
    }

    /**
     * The store at {@code url}; a SQLite file that does not exist is an error naming the path (run from another
     * folder, the default ./sitrep.db is not the one that was filled), and an empty store is said to be empty.
     */
    static Store openExisting(String url) {
        String name = "the database --db names";
        if (url.startsWith(SQLITE) && !url.contains(":memory:")) {
            Path file = Path.of(url.substring(SQLITE.length()).replaceFirst("\\?.*$", "")).toAbsolutePath().normalize();
            name = file.toString();
            if (!Files.exists(file)) {
                throw new IllegalArgumentException("no database at " + file + ": fill one with `sitrep ingest FILES` or "
                        + "`sitrep serve`, or name one with --db");
            }
        }
        Store store = Store.open(url);
        if (store.counts().events() == 0) {
            System.err.println("sitrep: " + name + " holds no events yet");
        }
        return store;
    }
}
