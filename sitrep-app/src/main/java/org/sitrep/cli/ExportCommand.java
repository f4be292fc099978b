package org.sitrep.cli;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.Exporter;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep export}: stored events in ACLED-style CSV, UCDP-style CSV, GeoJSON or JSON Lines with reports. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export stored events: acled-csv, ucdp-csv, geojson, jsonl, parquet.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = Store.DEFAULT_URL, description = "database (default ${DEFAULT-VALUE})")
    String db;

    @Option(names = "--format", required = true, description = "acled-csv, ucdp-csv, geojson, jsonl or parquet (binary: use --output)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of standard output")
    Path output;

    @Mixin
    EventFilters filters;

    @Override
    public Integer call() throws IOException {
        Exporter exporter = Exporter.of(format);
        try (Store store = Store.open(db)) {
            List<StoredEvent> events = store.events(filters.query(Places.resolver(filters)));
            if (exporter.needsReports()) {
                events = events.stream().map(e -> store.event(e.event().id()).orElse(e)).toList();
            }
            if (output == null) {
                exporter.write(events, System.out);
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                    exporter.write(events, out);
                }
            }
            System.err.printf("sitrep: exported %d events as %s%n", events.size(), format);
        }
        return 0;
    }
}
