package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled. */
final class Csv {

    private Csv() {
    }

    static void row(Writer out, List<?> fields) throws IOException {
        out.write(fields.stream().map(Csv::field).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    private static String field(Object o) {
        if (o == null) {
            return "";
        }
        String s = o.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
