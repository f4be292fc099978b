package org.sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;

/** Writes stored events in one of the formats analysts use. */
public interface Exporter {

    /** The formats, by the names the CLI and the API use. */
    List<String> FORMATS = List.of("acled-csv", "ucdp-csv", "geojson", "jsonl", "parquet");

    /** Whether this format lists every report of each event. */
    default boolean needsReports() {
        return false;
    }

    /**
     * Writes the events this format holds, one at a time, and says what it wrote and what it left out and why;
     * the stream is flushed, not closed.
     */
    Written write(Iterable<StoredEvent> events, OutputStream out) throws IOException;

    /** Writes the events a query matches, read from the store a page at a time (with their reports where needed). */
    default Written write(Store store, EventQuery query, OutputStream out) throws IOException {
        return write(new PagedEvents(store, query, needsReports()), out);
    }

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
