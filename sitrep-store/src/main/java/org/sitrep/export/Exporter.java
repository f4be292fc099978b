package org.sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.sitrep.store.StoredEvent;

/** Writes stored events in one of the formats analysts use. */
public interface Exporter {

    /** The formats, by the names the CLI and the API use. */
    List<String> FORMATS = List.of("acled-csv", "ucdp-csv", "geojson", "jsonl", "parquet");

    /** Whether this format lists every report of each event (the caller must load them). */
    default boolean needsReports() {
        return false;
    }

    /** Writes the events; the stream is flushed, not closed. */
    void write(List<StoredEvent> events, OutputStream out) throws IOException;

    /** One merged event as Event JSON v1 with its {@code reports}: what the JSON Lines export writes a line of. */
    static com.fasterxml.jackson.databind.node.ObjectNode withReports(StoredEvent event) {
        return JsonLinesExport.line(event);
    }

    static Exporter of(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "acled-csv" -> new AcledCsv();
            case "ucdp-csv" -> new UcdpCsv();
            case "geojson" -> new GeoJsonExport();
            case "jsonl" -> new JsonLinesExport();
            case "parquet" -> new ParquetExport();
            default -> throw new IllegalArgumentException("unknown export format '" + format + "': use one of " + FORMATS);
        };
    }
}
