package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids for inputs that give none: a hash of the whitespace-normalised text. */
final class Ids {

    private Ids() {
    }

    static String ofText(String text) {
        return "art-" + hash(text.strip().replaceAll("\\s+", " "));
    }

    /** The first 8 bytes of the SHA-256 of a string, in hex. */
    static String hash(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
