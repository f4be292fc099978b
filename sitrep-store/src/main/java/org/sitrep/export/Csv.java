package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled. A text that a spreadsheet would
 * run as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises;
 * numbers ("-6.79") stay numbers.
 */
final class Csv {

    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");

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
        if (!(o instanceof Number) && !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0 && !NUMBER.matcher(s).matches()) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
