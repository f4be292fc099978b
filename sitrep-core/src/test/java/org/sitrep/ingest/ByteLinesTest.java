package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

    private static ByteLines lines(byte[] bytes, int longest) {
        return new ByteLines(new ByteArrayInputStream(bytes), longest);
    }

    @Test
    void readsLinesEndedEitherWayAndALastOneWithoutAnEnd() throws IOException {
        ByteLines in = lines("one\r\ntwo\nthree".getBytes(StandardCharsets.UTF_8), 100);
        assertEquals("one", in.next().text());
        assertEquals("two", in.next().text());
        ByteLines.Line last = in.next();
        assertEquals("three", last.text());
        assertEquals(3, last.number());
        assertNull(in.next());
    }

    @Test
    void skipsALineTooLongWithoutKeepingItAndReadsTheNext() throws IOException {
        ByteLines in = lines(("short\n" + "x".repeat(100_000) + "\nafter\n").getBytes(StandardCharsets.UTF_8), 1000);
        assertEquals("short", in.next().text());
        ByteLines.Line long_ = in.next();
        assertNull(long_.text());
        assertEquals("line is 100000 bytes, longer than 1000: skipped", long_.problem());
        assertEquals("after", in.next().text());
    }

    @Test
    void namesTheLineThatIsNotUtf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("fine\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'b', 'a', (byte) 0xC3, '(', '\n'});
        bytes.writeBytes("Київ\n".getBytes(StandardCharsets.UTF_8));
        ByteLines in = lines(bytes.toByteArray(), 100);
        in.next();
        ByteLines.Line bad = in.next();
        assertEquals(2, bad.number());
        assertTrue(bad.problem().startsWith("line is not valid UTF-8"), bad.problem());
        assertEquals("Київ", in.next().text());
    }
}
