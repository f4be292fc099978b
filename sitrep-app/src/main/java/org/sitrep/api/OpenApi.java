package org.sitrep.api;

/** The OpenAPI 3 document of the API, kept as a resource beside the routes it describes (a test checks they match). */
final class OpenApi {

    private static final String DOCUMENT = org.sitrep.lexicon.Resources.text("/api/openapi.json");

    private OpenApi() {
    }

    static String document() {
        return DOCUMENT;
    }
}
