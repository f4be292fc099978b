package org.sitrep.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.sitrep.merge.Report;
import org.sitrep.output.EventJson;
import org.sitrep.store.StoredEvent;

/** JSON Lines: one merged event a line in Event JSON v1, with a {@code reports} array of the accounts behind it. */
final class JsonLinesExport implements Exporter {

    @Override
    public boolean needsReports() {
        return true;
    }

    @Override
    public Written write(Iterable<StoredEvent> events, OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        Written written = new Written();
        for (StoredEvent s : events) {
            out.write(line(s).toString());
            out.write('\n');
            written.wrote(s.event());
        }
        out.flush();
        return written;
    }

    /** The merged event with its reports, as the API also serves it. */
    public static ObjectNode line(StoredEvent s) {
        ObjectNode o = EventJson.event(s.event());
        o.put("reportCount", s.reportCount());
        ArrayNode reports = o.putArray("reports");
        for (Report r : s.reports()) {
            ObjectNode x = reports.addObject();
            x.put("id", r.id());
            x.put("articleId", r.articleId());
            x.put("url", r.url());
            x.put("published", r.published() == null ? null : r.published().toString());
            x.set("event", EventJson.event(r.event()));
        }
        return o;
    }
}
