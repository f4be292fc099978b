package org.sitrep.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.output.EventJson;
import org.sitrep.store.StoredEvent;

/** A GeoJSON FeatureCollection: one Point feature per located event, its Event JSON as properties. */
final class GeoJsonExport implements Exporter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void write(List<StoredEvent> events, OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        ObjectNode root = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (StoredEvent s : events) {
            Event e = s.event();
            if (e.location() == null || e.location().lat() == null || e.location().lon() == null) {
                continue;
            }
            ObjectNode f = features.addObject().put("type", "Feature").put("id", e.id());
            f.putObject("geometry").put("type", "Point").putArray("coordinates").add(e.location().lon()).add(e.location().lat());
            ObjectNode props = EventJson.event(e);
            props.put("reportCount", s.reportCount());
            f.set("properties", props);
        }
        out.write(JSON.writeValueAsString(root));
        out.flush();
    }
}
