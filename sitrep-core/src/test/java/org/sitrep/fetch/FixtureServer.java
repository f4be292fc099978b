package org.sitrep.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An HTTP server on loopback for fetch and feed tests: routes answer from fixture files (with {@code {base}}
 * replaced by the server's address) or from handlers; every request is logged with its headers and time.
 * Unrouted paths answer 404.
 */
public final class FixtureServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Seen(String path, Map<String, List<String>> headers, long nanoTime) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** Answers one exchange. */
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    public FixtureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            seen.add(new Seen(path, Map.copyOf(ex.getRequestHeaders()), System.nanoTime()));
            Handler h = routes.get(ex.getRequestURI().getRawPath());
            try {
                if (h == null) {
                    send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                } else {
                    h.handle(ex);
                }
            } catch (IOException e) {
                // the client went away (a timeout or a size limit in the test); nothing to answer
            } finally {
                ex.close();
            }
        });
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FixtureServer route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    /** Serves a fixture file of {@code org/sitrep/fetch} at {@code path}, {@code {base}} replaced. */
    public FixtureServer file(String path, String fixture, String contentType) {
        return route(path, ex -> send(ex, 200, contentType, fixture(fixture).getBytes(StandardCharsets.UTF_8)));
    }

    public String fixture(String name) {
        try (InputStream in = FixtureServer.class.getResourceAsStream("/org/sitrep/fetch/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", base());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public List<Seen> requests() {
        return List.copyOf(seen);
    }

    public List<Seen> requests(String path) {
        return seen.stream().filter(s -> s.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
