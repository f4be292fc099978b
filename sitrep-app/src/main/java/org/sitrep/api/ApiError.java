package org.sitrep.api;

/** A request the API refuses: the HTTP status, a short error and a detail naming what was wrong. */
final class ApiError extends RuntimeException {

    final int status;
    final String error;

    ApiError(int status, String error, String detail) {
        super(detail);
        this.status = status;
        this.error = error;
    }

    static ApiError badParameter(String name, String value, String why) {
        return new ApiError(400, "bad parameter", "'" + name + "' " + why + ": '" + value + "'");
    }

    static ApiError notFound(String what) {
        return new ApiError(404, "not found", what);
    }
}
