package org.sitrep.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures of an article's text, for finding syndicated copies: the text's word 3-shingles
 * (lower-cased letters and digits) hashed under {@value #HASHES} seeded functions, the least value of each
 * kept. The share of equal positions in two signatures estimates the Jaccard similarity of the two shingle
 * sets. For lookup, the signature is cut into {@value #BANDS} bands of {@value #ROWS}; two texts of
 * similarity 0.4 share at least one band with probability 0.995, of 0.5 with probability 0.9998.
 */
public final class MinHash {

    static final int HASHES = 60;
    /**
     * Texts at least this similar are copies of one story. On the project's test set, copies with other
     * headlines, boilerplate and edits score 0.55 to 0.92, other outlets' own stories on the same attack 0.03.
     */
    public static final double SAME_STORY = 0.4;
    static final int BANDS = 30;
    static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 3;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x5eed_0f_5172e9L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
        }
    }

    /** How many of the articles sharing most bands with a text are compared with it. */
    public static final int CANDIDATES = 20;

    private MinHash() {
    }

    /** An earlier article that shares {@code shared} bands with a text, and its signature. */
    public record Candidate(String id, int shared, long[] signature) implements java.io.Serializable {
    }

    /** Candidates in the order they are weighed: most bands shared first, then by id. */
    public static final java.util.Comparator<Candidate> WEIGHED = java.util.Comparator.comparingInt(Candidate::shared).reversed()
            .thenComparing(Candidate::id);

    /**
     * The article a text copies: of the {@value #CANDIDATES} candidates sharing most bands (then by id), the most
     * alike at {@link #SAME_STORY} or more, the first of equals; null when none is. The store and the Spark job
     * both decide by it, so both find the same copies.
     */
    public static String original(long[] signature, List<Candidate> candidates) {
        List<Candidate> weighed = candidates.stream().sorted(WEIGHED).limit(CANDIDATES).toList();
        String best = null;
        double bestSimilarity = SAME_STORY;
        for (Candidate c : weighed) {
            double similarity = similarity(signature, c.signature());
            if (similarity > bestSimilarity || best == null && similarity == bestSimilarity) {
                best = c.id();
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /** The signature of a text; a text of fewer than three words is one shingle. */
    public static long[] signature(String text) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long shingle : shingles(text)) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(shingle ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of the texts behind two signatures, 0 to 1. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return (double) same / HASHES;
    }

    /** One key per band of the signature; texts that share a key are candidates to compare. */
    public static long[] bandKeys(long[] sig) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + sig[b * ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    public static byte[] toBytes(long[] sig) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(sig.length * Long.BYTES);
        for (long v : sig) {
            buf.putLong(v);
        }
        return buf.array();
    }

    public static long[] fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != HASHES * Long.BYTES) {
            throw new IllegalArgumentException("MinHash signature of " + (bytes == null ? "null" : bytes.length + " bytes")
                    + ", expected " + HASHES * Long.BYTES);
        }
        long[] sig = new long[HASHES];
        java.nio.ByteBuffer.wrap(bytes).asLongBuffer().get(sig);
        return sig;
    }

    private static Set<Long> shingles(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= Math.max(words.size(), SHINGLE); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < Math.min(i + SHINGLE, words.size()); j++) {
                h = 31 * h + words.get(j).hashCode();
            }
            out.add(mix(h));
        }
        return out;
    }

    /** SplitMix64's finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
