package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.Pipeline;
import org.sitrep.api.ApiServer;
import org.sitrep.extract.EventExtractor;
import org.sitrep.geo.PlaceFinder;
import org.sitrep.ingest.Articles;
import org.sitrep.lexicon.Resources;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the REST API and the dashboard on one port, over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the REST API and the dashboard (http://localhost:8080).")
final class ServeCommand implements Callable<Integer> {

    static final Path TOKEN_FILE = Path.of(".sitrep-token");

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = Store.DEFAULT_URL, description = "database (default ${DEFAULT-VALUE})")
    String db;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = ApiServer.LOOPBACK,
            description = "address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--token", description = "bearer token for POST /api/articles (default: $SITREP_API_TOKEN, else .sitrep-token, else a new one)")
    String token;

    @Option(names = "--private-reads", description = "require the token for reads too")
    boolean privateReads;

    @Option(names = "--no-examples", description = "do not load the bundled example articles into an empty database")
    boolean noExamples;

    @Option(names = "--max-body", defaultValue = "2097152", description = "largest accepted request body in bytes (default ${DEFAULT-VALUE})")
    long maxBody;

    @Option(names = "--watch", paramLabel = "FEEDS_FILE", description = "also follow the feeds listed in this file (see `sitrep watch`)")
    Path watch;

    @Option(names = "--every", defaultValue = "5m", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "with --watch: how often to poll each feed (default ${DEFAULT-VALUE})")
    java.time.Duration every;

    @Override
    public Integer call() throws Exception {
        java.util.List<String> feeds = watch == null ? java.util.List.of() : org.sitrep.watch.FeedList.read(watch);
        Pipeline pipeline = Pipeline.standard();
        PlaceFinder places = PlaceFinder.gazetteer(EventExtractor.rules().nonStateActors());
        Store store = Store.open(db);
        if (!noExamples && store.counts().articles() == 0) {
            int n = loadExamples(store, pipeline);
            System.err.printf("sitrep: the database was empty; loaded %d bundled example articles (--no-examples to skip)%n", n);
        }
        ApiServer server = new ApiServer(store, pipeline, places, new ApiServer.Config(host, port, token(), privateReads, maxBody)).start();
        System.err.printf("sitrep: serving %s on http://%s:%d (API under /api, OpenAPI at /api/openapi.json)%n", db,
                host.equals(ApiServer.LOOPBACK) ? "localhost" : host, server.port());
        Thread watcher = feeds.isEmpty() ? null : following(feeds, pipeline, store);
        if (watcher != null) {
            server.watching(feeds, watcher::isAlive);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) {
                watcher.interrupt();
            }
            server.stop();
            store.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** Follows the feeds on a thread of its own, beside the server, into the same store. */
    private Thread following(java.util.List<String> feeds, Pipeline pipeline, Store store) {
        org.sitrep.watch.Watcher w = WatchCommand.watcher(feeds, pipeline, store, every, java.time.Duration.ofSeconds(1));
        Thread t = new Thread(() -> {
            try {
                w.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "feed-watcher");
        t.setDaemon(true);
        t.start();
        System.err.println("sitrep: following " + Counted.of(feeds.size(), "feed", "feeds") + " from " + watch + " every " + every
                + " (GET /api/health shows each feed's last poll)");
        return t;
    }

    private String token() throws IOException {
        if (token != null && !token.isBlank()) {
            return token.strip();
        }
        String env = System.getenv("SITREP_API_TOKEN");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        if (Files.exists(TOKEN_FILE)) {
            String kept = Files.readString(TOKEN_FILE).strip();
            if (kept.isEmpty()) {
                throw new IOException(TOKEN_FILE + " is empty: delete it for a new token, or write one in it");
            }
            return kept;
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String generated = HexFormat.of().formatHex(bytes);
        Files.writeString(TOKEN_FILE, generated + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(TOKEN_FILE, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system; the file keeps its default permissions
        }
        System.err.println("sitrep: API token for POST /api/articles (shown once, kept in " + TOKEN_FILE + "): " + generated);
        return generated;
    }

    private static int loadExamples(Store store, Pipeline pipeline) throws IOException {
        int n = 0;
        for (String name : Resources.lines("/examples/index.txt")) {
            byte[] bytes = Resources.text("/examples/" + name).getBytes(StandardCharsets.UTF_8);
            String id = "example-" + name.strip().replaceFirst("\\.txt$", "");
            for (var article : new Articles().readBytes(name, id, bytes, "text/plain").articles()) {
                store.put(pipeline.process(article));
                n++;
            }
        }
        return n;
    }
}
