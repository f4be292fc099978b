package org.sitrep.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The article a POST carries: the body itself, or from a form (multipart/form-data, as a browser or {@code curl -F}
 * sends it) its first file, else its field "text", never the form's boundary lines. {@code name} says where it came
 * from, for errors.
 */
record PostedArticle(byte[] bytes, String type, String name) {

    static PostedArticle of(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("multipart/form-data")) {
            return new PostedArticle(ctx.bodyAsBytes(), ctx.contentType(), "request body");
        }
        var files = ctx.uploadedFiles();
        if (!files.isEmpty()) {
            var f = files.get(0);
            try (InputStream in = f.content()) {
                return new PostedArticle(in.readAllBytes(), f.contentType(), "form file '" + f.filename() + "'");
            } catch (IOException e) {
                throw new ApiError(400, "bad article", "cannot read form file '" + f.filename() + "': " + e.getMessage());
            }
        }
        String text = ctx.formParam("text");
        if (text == null || text.isBlank()) {
            throw new ApiError(400, "bad article", "the form holds no file and no field 'text'");
        }
        return new PostedArticle(text.getBytes(StandardCharsets.UTF_8), "text/plain", "form field 'text'");
    }
}
