package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a UTF-8 byte stream, one at a time, each held only up to {@code longest} bytes: a longer line is read
 * to its end without being kept, and a line that is not UTF-8 is told by its number, so that one bad line costs that
 * line, not the file or the heap.
 */
final class ByteLines {

    /** One line: its number from 1, and its text, or why it has none. */
    record Line(int number, String text, String problem) {
    }

    private final InputStream in;
    private final int longest;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int number;

    private final byte[] chunk = new byte[1 << 16];
    private int at, filled;

    ByteLines(InputStream in, int longest) {
        this.in = in;
        this.longest = longest;
    }

    /** The next line without its end ("\n" or "\r\n"), or null after the last. */
    Line next() throws IOException {
        buffer.reset();
        long length = 0;
        boolean ended = false;
        while (!ended) {
            if (at == filled) {
                filled = in.read(chunk);
                at = 0;
                if (filled <= 0) {
                    filled = 0;
                    break;
                }
            }
            int from = at;
            while (at < filled && chunk[at] != '\n') {
                at++;
            }
            int n = at - from;
            if (length < longest) {
                buffer.write(chunk, from, (int) Math.min(n, longest - length));
            }
            length += n;
            if (at < filled) {
                at++; // past the '\n'
                ended = true;
            }
        }
        if (!ended && length == 0) {
            return null;
        }
        number++;
        if (length > longest) {
            return new Line(number, null, "line is " + length + " bytes, longer than " + longest + ": skipped");
        }
        byte[] bytes = buffer.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        try {
            return new Line(number, utf8.decode(ByteBuffer.wrap(bytes, 0, end)).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "line is not valid UTF-8 (" + e.getMessage() + ")");
        }
    }
}
