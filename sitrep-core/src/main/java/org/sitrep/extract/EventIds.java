package org.sitrep.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.sitrep.model.Article;

/** Stable event ids: the same article text and event key give the same id. The text is hashed once per article. */
final class EventIds {

    private final byte[] articleDigest;

    EventIds(Article article) {
        MessageDigest md = sha256();
        md.update(article.id().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(article.text().getBytes(StandardCharsets.UTF_8));
        articleDigest = md.digest();
    }

    String id(String kind, String key) {
        MessageDigest md = sha256();
        md.update(articleDigest);
        md.update((kind + "|" + key).getBytes(StandardCharsets.UTF_8));
        return "ev-" + HexFormat.of().formatHex(md.digest(), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
