package org.sitrep.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.sitrep.model.Event;
import org.sitrep.output.EventJson;
import org.sitrep.store.StoredEvent;

/**
 * A GeoJSON FeatureCollection: one Point feature per event with coordinates, its Event JSON as properties, written
 * feature by feature; events without coordinates are left out (and counted).
 */
final class GeoJsonExport implements Exporter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Written write(Iterable<StoredEvent> events, OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write("{\"type\":\"FeatureCollection\",\"features\":[");
        Written written = new Written();
        for (StoredEvent s : events) {
            Event e = s.event();
            if (e.location() == null || e.location().lat() == null || e.location().lon() == null) {
                written.leftOut("no coordinates");
                continue;
            }
            ObjectNode f = JSON.createObjectNode().put("type", "Feature").put("id", e.id());
            f.putObject("geometry").put("type", "Point").putArray("coordinates").add(e.location().lon()).add(e.location().lat());
            ObjectNode props = EventJson.event(e);
            props.put("reportCount", s.reportCount());
            f.set("properties", props);
            out.write(written.count() == 0 ? "" : ",");
            out.write(JSON.writeValueAsString(f));
            written.wrote(e);
        }
        out.write("]}");
        out.flush();
        return written;
    }
}
