package org.sitrep.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.Pipeline;
import org.sitrep.fetch.FetchException;
import org.sitrep.fetch.FetchRequest;
import org.sitrep.fetch.FetchResponse;
import org.sitrep.fetch.PageFetcher;
import org.sitrep.ingest.Articles;
import org.sitrep.ingest.FeedItem;
import org.sitrep.model.Article;
import org.sitrep.store.FeedLog;
import org.sitrep.store.FeedState;
import org.sitrep.store.IngestOutcome;
import org.sitrep.store.Store;

/**
 * Follows RSS and Atom feeds: polls each when it is due (a conditional GET with the validators kept in the
 * database), fetches the page of every entry not taken before, and stores the article with its events. A feed
 * that fails is retried later with a growing wait; one broken feed or page never stops the others.
 */
public final class Watcher {

    private final List<String> feeds;
    private final Pipeline pipeline;
    private final Store store;
    private final FeedLog log;
    private final PageFetcher fetcher;
    private final WatchSettings settings;
    private final Consumer<String> say;
    private final Clock clock;
    private final Articles articles = new Articles();

    public Watcher(List<String> feeds, Pipeline pipeline, Store store, PageFetcher fetcher, WatchSettings settings,
                   Consumer<String> say, Clock clock) {
        this.feeds = List.copyOf(feeds);
        this.pipeline = pipeline;
        this.store = store;
        this.log = store.feeds();
        this.fetcher = fetcher;
        this.settings = settings;
        this.say = say;
        this.clock = clock;
    }

    /** Polls every feed once, due or not (for {@code --once}), and waits for all. */
    public PollSummary pollAll() throws InterruptedException {
        return poll(feeds);
    }

    /** Polls the feeds that are due now, and waits for all. */
    public PollSummary pollDue() throws InterruptedException {
        Instant now = clock.instant();
        return poll(feeds.stream().filter(f -> log.feed(f).map(s -> s.nextPoll() == null || !s.nextPoll().isAfter(now)).orElse(true)).toList());
    }

    /**
     * Polls due feeds until the thread is interrupted, sleeping until the next one is due. A poll that fails as a whole
     * (the store gone, a page that exhausts the stack or the heap) is logged and the next goes on: the watcher never
     * dies of one bad round.
     */
    public void run() throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            long sleep;
            try {
                PollSummary s = pollDue();
                if (s.feeds() > 0) {
                    say.accept("watch: " + s);
                }
                sleep = Math.max(1000, untilNextDue().toMillis());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                say.accept("watch: a poll failed (" + e + "); the next goes on");
                sleep = Math.min(settings.every().toMillis(), 60_000);
            }
            Thread.sleep(sleep);
        }
    }

    private Duration untilNextDue() {
        Instant now = clock.instant(), next = now.plus(settings.every());
        for (String f : feeds) {
            Instant due = log.feed(f).map(FeedState::nextPoll).orElse(now);
            if (due != null && due.isBefore(next)) {
                next = due;
            }
        }
        return Duration.between(now, next);
    }

    private PollSummary poll(List<String> due) throws InterruptedException {
        if (due.isEmpty()) {
            return PollSummary.NONE;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), due.size()));
        try {
            List<Future<PollSummary>> running = new ArrayList<>();
            for (String feed : due) {
                running.add(pool.submit(() -> pollOne(feed)));
            }
            PollSummary total = PollSummary.NONE;
            for (Future<PollSummary> f : running) {
                try {
                    total = total.plus(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("feed poll failed unexpectedly: " + e.getCause(), e.getCause());
                }
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One feed: never throws; a failure is logged, stored in the feed's state and counted. */
    private PollSummary pollOne(String url) {
        FeedState before = log.feed(url).orElse(FeedState.fresh(url));
        Instant now = clock.instant();
        try {
            FetchResponse r = fetcher.fetch(new FetchRequest(java.net.URI.create(url), before.etag(), before.lastModified()));
            if (r.notModified()) {
                log.save(new FeedState(url, r.etag() != null ? r.etag() : before.etag(), r.lastModified() != null ? r.lastModified() : before.lastModified(),
                        now, now.plus(settings.every()), "304", 0, null, before.entries()));
                return new PollSummary(1, 1, 0, 0, 0, 0);
            }
            List<FeedItem> items = articles.feedItems(url, r.body());
            int fresh = 0, stored = 0, events = 0;
            for (FeedItem item : items) {
                if (log.seen(url, item.key())) {
                    continue;
                }
                Entry e = take(url, item);
                if (e.retryLater()) {
                    continue;
                }
                fresh++;
                stored += e.stored() ? 1 : 0;
                events += e.events();
            }
            log.save(new FeedState(url, r.etag(), r.lastModified(), now, now.plus(settings.every()), "200", 0, null, before.entries() + fresh));
            say.accept("watch: " + url + ": " + items.size() + " entries, " + fresh + " new, " + stored + " articles stored, " + events + " events created");
            return new PollSummary(1, 0, 0, fresh, stored, events);
        } catch (FetchException | RuntimeException e) {
            int errors = before.errors() + 1;
            Duration wait = settings.backoff(errors);
            String status = e instanceof FetchException f && f.status() > 0 ? String.valueOf(f.status()) : "error";
            log.save(new FeedState(url, before.etag(), before.lastModified(), now, now.plus(wait), status, errors, e.getMessage(), before.entries()));
            say.accept("watch: " + url + ": failed (" + e.getMessage() + "); failure " + errors + " in a row, next poll in " + wait);
            return new PollSummary(1, 0, 1, 0, 0, 0);
        }
    }

    /** What became of one entry: an article stored or not, events created, or nothing yet (try again next poll). */
    private record Entry(boolean stored, int events, boolean retryLater) {
    }

    /**
     * Fetches an entry's page and stores it as an article, with the entry's title and date where the page has
     * none; the entry's own text stands in when the page cannot be read. A page that may come back later
     * (timeout, 5xx) leaves the entry untaken, to be tried on the next poll.
     */
    private Entry take(String feed, FeedItem item) {
        Article article = null;
        String failure = null;
        if (item.link() != null) {
            try {
                FetchResponse page = fetcher.fetch(FetchRequest.of(item.link()));
                article = articles.page(page.uri().toString(), page.body(), page.contentType());
            } catch (FetchException e) {
                if (e.retryable()) {
                    say.accept("watch: " + feed + ": entry " + item.key() + " left for the next poll: " + e.getMessage());
                    return new Entry(false, 0, true);
                }
                failure = e.getMessage();
            } catch (IllegalArgumentException e) {
                failure = item.link() + ": " + e.getMessage();
            }
        }
        if (article == null && !item.summary().isBlank()) {
            article = articles.entry(item);
        }
        if (article == null) {
            say.accept("watch: " + feed + ": entry " + item.key() + " skipped: " + (failure != null ? failure : "no link and no text"));
            log.taken(feed, item.key(), null);
            return new Entry(false, 0, false);
        }
        if (article.title() == null || article.published() == null) {
            article = article.withMetadata(article.title() != null ? article.title() : item.title(),
                    article.published() != null ? article.published() : item.published(), article.author());
        }
        org.sitrep.model.ArticleResult result;
        try {
            result = pipeline.process(article);
        } catch (RuntimeException e) {
            say.accept("watch: " + feed + ": entry " + item.key() + " could not be read: " + e.getMessage());
            log.taken(feed, item.key(), null);
            return new Entry(false, 0, false);
        }
        IngestOutcome o = store.put(result); // a store failure fails the poll; the entry stays untaken for the next one
        log.taken(feed, item.key(), article.id());
        return new Entry(true, o.eventsCreated(), false);
    }
}
