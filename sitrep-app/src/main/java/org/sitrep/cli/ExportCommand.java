package org.sitrep.cli;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.export.Exporter;
import org.sitrep.store.Store;
import org.sitrep.export.Written;
import org.sitrep.store.EventQuery;
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
        try (Store store = Databases.openExisting(db)) {
            EventQuery query = filters.query(Places.resolver(filters));
            Written written;
            if (output == null) {
                written = exporter.write(store, query, System.out);
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                    written = exporter.write(store, query, out);
                }
            }
            System.err.println("sitrep: " + written.summary(format) + (output == null ? "" : " to " + output));
        }
        return 0;
    }
}
