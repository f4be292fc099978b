package org.sitrep.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The OpenAPI 3 document of the API, kept as a resource beside the routes it describes (a test checks they match);
 * the query parameters it documents for a route are the ones that route accepts.
 */
final class OpenApi {

    private static final String DOCUMENT = org.sitrep.lexicon.Resources.text("/api/openapi.json");
    private static final JsonNode TREE = read();

    private OpenApi() {
    }

    static String document() {
        return DOCUMENT;
    }

    /** The query parameters the document lists for a GET route, e.g. "/api/events". */
    static Set<String> queryParameters(String path) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode p : TREE.path("paths").path(path).path("get").path("parameters")) {
            if ("query".equals(p.path("in").asText())) {
                out.add(p.path("name").asText());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("openapi.json lists no query parameters for GET " + path);
        }
        return Set.copyOf(out);
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(DOCUMENT);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("openapi.json is not JSON: " + e.getMessage(), e);
        }
    }
}
