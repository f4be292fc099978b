package org.sitrep.cli;

import java.time.Duration;
import org.sitrep.Pipeline;
import picocli.CommandLine.Option;

/** The time one article may take, for the commands that read articles. */
final class TimeLimit {

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "5",
            description = "the longest one article may take to read; past it the article fails alone (default ${DEFAULT-VALUE})")
    double seconds;

    Pipeline applyTo(Pipeline pipeline) {
        if (!(seconds > 0) || seconds > 3600) {
            throw new IllegalArgumentException("--time-limit must be between 0 and 3600 seconds: " + seconds);
        }
        return pipeline.withTimeLimit(Duration.ofMillis(Math.max(1, Math.round(seconds * 1000))));
    }
}
