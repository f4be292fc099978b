package org.sitrep.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP exchange on the JDK client, redirects not followed (the caller bounds and checks them): the
 * whole exchange, body included, must finish within the timeout, and a body longer than the size limit is
 * cut off as soon as it passes it, whatever Content-Length said.
 */
final class HttpFetcher {

    /** The answer to one GET, before redirects are followed. */
    record Exchange(int status, String contentType, byte[] body, String etag, String lastModified, String location) {
    }

    private final HttpClient client;
    private final FetchSettings settings;

    HttpFetcher(FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Exchange get(URI uri, String etag, String lastModified) throws FetchException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(b.build(), info -> {
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            return new LimitedBody(declared > settings.maxBytes() ? 0 : settings.maxBytes(), declared);
        });
        try {
            HttpResponse<byte[]> r = pending.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Exchange(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body(),
                    r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Last-Modified").orElse(null),
                    r.headers().firstValue("Location").orElse(null));
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new FetchException("GET " + uri + ": no complete answer within " + settings.timeout().toSeconds() + " s", true, 0);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("GET " + uri + ": interrupted", true, 0);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge t) {
                throw new FetchException("GET " + uri + ": " + t.getMessage(), false, 0);
            }
            if (cause instanceof HttpConnectTimeoutException) {
                throw new FetchException("GET " + uri + ": cannot connect within " + settings.connectTimeout().toSeconds() + " s", true, 0);
            }
            if (cause instanceof HttpTimeoutException) {
                throw new FetchException("GET " + uri + ": no answer within " + settings.timeout().toSeconds() + " s", true, 0);
            }
            throw new FetchException("GET " + uri + ": " + (cause instanceof IOException && cause.getMessage() != null
                    ? cause.getMessage() : String.valueOf(cause)), true, 0);
        }
    }

    /** The body is longer than the limit. */
    private static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** Collects the body up to a limit, and cancels the download as soon as the limit is passed. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final long declared;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(long limit, long declared) {
            this.limit = limit;
            this.declared = declared;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (limit == 0) {
                s.cancel();
                result.completeExceptionally(new TooLarge("page of " + declared + " bytes is over the size limit"));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                buffer.write(chunk, 0, chunk.length);
            }
            if (buffer.size() > limit && !result.isDone()) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge("page is over the size limit of " + limit + " bytes"));
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }
}
