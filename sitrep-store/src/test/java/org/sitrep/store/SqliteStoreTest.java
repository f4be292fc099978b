package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    Store emptyStore() {
        return Store.open("jdbc:sqlite:" + dir.resolve("test.db"));
    }

    @Test
    void keepsDataAcrossReopening() {
        store.put(extract("a1", null, "2025-08-18", KHARKIV_11));
        store.close();
        store = emptyStore();
        assertEquals(new Store.Counts(1, 1, 1), store.counts());
    }

    @Test
    void rejectsAnUnknownDatabaseUrlNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Store.open("mysql://db/x"));
        assertTrue(e.getMessage().contains("'mysql://db/x'"), e.getMessage());
    }
}
