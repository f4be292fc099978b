package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on a real PostgreSQL server, at the URL in {@code SITREP_TEST_PG_URL} (.ci/run installs,
 * starts and names one). Without that variable these tests are skipped, and say so.
 */
class PostgresStoreTest extends StoreContract {

    static final String URL = System.getenv("SITREP_TEST_PG_URL");

    @BeforeAll
    static void needsServer() {
        if (URL == null) {
            System.out.println("PostgresStoreTest skipped: set SITREP_TEST_PG_URL (e.g. jdbc:postgresql://localhost/sitrep_test?user=sitrep&password=sitrep)");
        }
        Assumptions.assumeTrue(URL != null, "SITREP_TEST_PG_URL is not set");
    }

    @Override
    Store emptyStore() throws Exception {
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return Store.open(URL);
    }
}
