package org.sitrep.decide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The hand-checked attacks of one article, as an eval {@code <id>.gold.json} file gives them (shared/eval/README.md). */
record Gold(String id, List<Attack> attacks) {

    /** One gold attack: where (a name, its admin1, an ISO country code, coordinates, a level), when, and the dead. */
    record Attack(String name, String admin1, String country, Double lat, Double lon, String level, List<String> dates, Integer killed) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static Gold read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("gold file " + file + " is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.path("id").isTextual()) {
            throw new IOException("gold file " + file + " has no \"id\"");
        }
        List<Attack> attacks = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            if (!e.path("kind").asText("attack").equals("attack")) {
                continue;
            }
            JsonNode l = e.path("location");
            List<String> dates = new ArrayList<>();
            if (e.path("date").isTextual()) {
                dates.add(e.path("date").asText());
            }
            e.path("date_ok").forEach(d -> dates.add(d.asText()));
            attacks.add(new Attack(text(l, "name"), text(l, "admin1"), text(l, "country"), number(l, "lat"), number(l, "lon"),
                    l.path("level").asText("city"), dates, e.path("killed").isInt() ? e.path("killed").asInt() : null));
        }
        return new Gold(root.path("id").asText(), attacks);
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isTextual() ? n.path(field).asText() : null;
    }

    private static Double number(JsonNode n, String field) {
        return n.path(field).isNumber() ? n.path(field).asDouble() : null;
    }
}
