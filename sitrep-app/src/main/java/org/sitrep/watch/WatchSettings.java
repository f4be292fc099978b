package org.sitrep.watch;

import java.time.Duration;

/**
 * How the watcher polls: every feed once per {@code every}; a feed that fails waits {@code every} doubled per
 * failure in a row, up to {@code longestWait}; {@code threads} feeds are polled at once (the fetcher still
 * limits requests per host).
 */
public record WatchSettings(Duration every, Duration longestWait, int threads) {

    public WatchSettings {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive: " + every);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** Every {@code every}, at most 6 hours' wait after failures (or {@code every} if longer), 4 feeds at once. */
    public static WatchSettings every(Duration every) {
        Duration sixHours = Duration.ofHours(6);
        return new WatchSettings(every, every.compareTo(sixHours) > 0 ? every : sixHours, 4);
    }

    /** The wait after the {@code failures}-th failure in a row. */
    Duration backoff(int failures) {
        Duration d = every;
        for (int i = 1; i < failures && d.compareTo(longestWait) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(longestWait) > 0 ? longestWait : d;
    }
}
