package org.sitrep.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.sitrep.model.Article;

/** Stable event ids: the same article text and event key give the same id. The text is hashed once per article,
 * so an instance serves one article. */
final class EventIds {

    private final byte[] articleDigest;

    EventIds(Article article) {
        MessageDigest md = sha256();
        md.update(article.id().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(article.text().getBytes(StandardCharsets.UTF_8));
        articleDigest = md.digest();
    }

    private final Map<String, Integer> told = new HashMap<>();

    /**
     * The id of an article's event of this kind and key; a second event with the same key (two reports of one place and
     * day that the rules kept apart) gets its own id, so that no two events of an article share one.
     */
    String id(String kind, String key) {
        String full = kind + "|" + key;
        int n = told.merge(full, 1, Integer::sum);
        MessageDigest md = sha256();
        md.update(articleDigest);
        md.update((n == 1 ? full : full + "|" + n).getBytes(StandardCharsets.UTF_8));
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
