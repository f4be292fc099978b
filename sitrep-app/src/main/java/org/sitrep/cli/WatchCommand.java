package org.sitrep.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Pipeline;
import org.sitrep.fetch.FetchSettings;
import org.sitrep.fetch.PageFetcher;
import org.sitrep.store.Store;
import org.sitrep.watch.FeedList;
import org.sitrep.watch.PollSummary;
import org.sitrep.watch.WatchSettings;
import org.sitrep.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep watch}: follows RSS/Atom feeds, fetching and storing every new entry's article. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follow RSS/Atom feeds: poll each, fetch new entries' pages, store their events. Runs until stopped, or once with --once.")
final class WatchCommand implements Callable<Integer> {

    @Option(names = "--feeds", required = true, paramLabel = "FILE", description = "text file with one feed URL per line")
    Path feeds;

    @Option(names = "--every", defaultValue = "5m", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "how often to poll each feed (default ${DEFAULT-VALUE}; 30s, 5m, 1h)")
    Duration every;

    @Option(names = "--once", description = "poll each feed once and exit (for cron and tests); exit 1 if a feed failed")
    boolean once;

    @Option(names = "--delay", defaultValue = "1s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "least time between two requests to one host (default ${DEFAULT-VALUE}; a longer robots.txt Crawl-delay wins)")
    Duration delay;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = Store.DEFAULT_URL, description = "database (default ${DEFAULT-VALUE})")
    String db;

    @Override
    public Integer call() throws Exception {
        List<String> urls = FeedList.read(feeds);
        Pipeline pipeline = Pipeline.standard();
        try (Store store = Store.open(db)) {
            Watcher watcher = watcher(urls, pipeline, store, every, delay);
            System.err.printf("sitrep: watching %d feeds from %s into %s%s%n", urls.size(), feeds, db, once ? ", once" : ", every " + every);
            if (once) {
                PollSummary s = watcher.pollAll();
                System.err.println("sitrep: " + s);
                return s.failed() == 0 ? 0 : 1;
            }
            watcher.run();
            return 0;
        }
    }

    static Watcher watcher(List<String> urls, Pipeline pipeline, Store store, Duration every, Duration delay) {
        PageFetcher fetcher = PageFetcher.standard(FetchSettings.defaults().withHostDelay(delay));
        return new Watcher(urls, pipeline, store, fetcher, WatchSettings.every(every), System.err::println, Clock.systemUTC());
    }
}
