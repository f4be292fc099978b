package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set of a fetched or archived web page: the one its Content-Type declares, else a byte
 * order mark, else its {@code <meta charset>}, else UTF-8 when the bytes are valid UTF-8, else
 * windows-1252 (what browsers assume for undeclared Western pages).
 */
final class Charsets {

    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([a-z0-9_\\-:.]+)");
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private Charsets() {
    }

    /** The page decoded: {@code contentType} is the HTTP header value, or null when there was none. */
    static String decode(byte[] bytes, String contentType) {
        return new String(bytes, of(bytes, contentType));
    }

    static Charset of(byte[] bytes, String contentType) {
        Charset declared = contentType == null ? null : named(HEADER_CHARSET.matcher(contentType));
        if (declared != null) {
            return declared;
        }
        Charset marked = byMark(bytes);
        if (marked != null) {
            return marked;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        Charset meta = named(META_CHARSET.matcher(head));
        if (meta != null) {
            return meta;
        }
        return validUtf8(bytes) ? StandardCharsets.UTF_8 : FALLBACK;
    }

    /** The character set a byte order mark at the start says (UTF-8, UTF-16BE or UTF-16LE), or null without one. */
    static Charset byMark(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset named(Matcher m) {
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).strip());
        } catch (IllegalArgumentException e) {
            return null; // an unknown name declares nothing usable; the bytes decide
        }
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
