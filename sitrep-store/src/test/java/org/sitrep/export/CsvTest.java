package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static String row(Object... fields) throws IOException {
        StringWriter out = new StringWriter();
        Csv.row(out, Arrays.asList(fields));
        return out.toString();
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() throws IOException {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",'+1+1,'@SUM(A1),'-cmd\r\n", row("=HYPERLINK(\"x\")", "+1+1", "@SUM(A1)", "-cmd"));
    }

    @Test
    void keepsNumbersAndNegativeCoordinatesAsTheyAre() throws IOException {
        assertEquals("-6.7985,34.05,-12,Kharkiv\r\n", row(-6.7985, "34.05", "-12", "Kharkiv"));
    }

    @Test
    void quotesCommasAndDoublesQuotes() throws IOException {
        assertEquals("\"Kharkiv, Ukraine\",\"the \"\"governor\"\"\"\r\n", row("Kharkiv, Ukraine", "the \"governor\""));
    }
}
