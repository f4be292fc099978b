package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The store contract on a real PostgreSQL server: the one {@code SITREP_TEST_PG_URL} names (.ci/run starts one),
 * otherwise an embedded one the build starts itself ({@link TestPostgres}). Skipped, with the reason printed,
 * only where neither can run; on CI ({@code CI=true}) that fails instead.
 */
class PostgresStoreTest extends StoreContract {

    private static boolean told;

    /** Each test, not the class, is skipped, so that the build's summary counts them as skipped. */
    private static void needsServer() {
        if (TestPostgres.url() == null) {
            String why = "PostgresStoreTest cannot run: " + TestPostgres.whyMissing();
            if (TestPostgres.required()) {
                Assertions.fail(why);
            }
            if (!told) {
                System.out.println(why + " — skipped");
                told = true;
            }
            Assumptions.abort(why);
        }
    }

    @Override
    Store emptyStore() throws Exception {
        needsServer();
        String url = TestPostgres.url();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return Store.open(url);
    }
}
