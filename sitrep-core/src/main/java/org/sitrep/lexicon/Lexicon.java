package org.sitrep.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase list from a resource file ({@code phrase<TAB>value} a line) matched on word boundaries,
 * case-insensitively, longest phrase first, without overlaps. A phrase may end in {@code *} to match
 * any word ending ("strike*" matches "strikes" and "striking"). Hyphens and spaces between words are
 * the same ("high-rise" matches "high rise"). Matching looks words up in hash maps, so its cost grows
 * with the text, not with the size of the lexicon.
 */
public final class Lexicon {

    /** One phrase found in a text: offsets into that text, end exclusive. */
    public record Match(int start, int end, String text, String value) {
    }

    private static final int STEM_KEY = 3;

    /** A phrase whose last word may have any ending: the words before it are matched exactly. */
    private record Stem(String[] words, String value) {
    }

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, List<Stem>> stemsByFirst = new HashMap<>();
    private final Map<String, Integer> longestByFirst = new HashMap<>();
    private int longest = 1;

    private Lexicon(List<String[]> entries, String resource) {
        for (String[] e : entries) {
            if (e.length < 2) {
                throw new IllegalStateException(resource + ": line without a value: '" + String.join("\t", e) + "'");
            }
            String phrase = normalise(e[0]);
            boolean stem = phrase.endsWith("*");
            String words = stem ? phrase.substring(0, phrase.length() - 1).strip() : phrase;
            String[] parts = words.split(" ");
            longest = Math.max(longest, parts.length);
            if (stem) {
                Stem s = new Stem(parts, e[1]);
                String first = parts.length == 1 ? prefix(parts[0]) : parts[0];
                stemsByFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(s);
                longestByFirst.merge(first, parts.length, Math::max);
            } else {
                values.putIfAbsent(words, e[1]);
                longestByFirst.merge(parts[0], parts.length, Math::max);
            }
        }
    }

    public static Lexicon load(String resource) {
        return new Lexicon(Resources.lines(resource).stream().map(l -> l.split("\t")).toList(), resource);
    }

    /** A lexicon of the given phrases and values; {@code source} names where they came from, for messages. */
    public static Lexicon of(Map<String, String> phrases, String source) {
        return new Lexicon(phrases.entrySet().stream().map(e -> new String[] {e.getKey(), e.getValue()}).toList(), source);
    }

    private static String normalise(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT).strip();
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c) || c == '-') {
                gap = true;
            } else {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String prefix(String word) {
        return word.length() <= STEM_KEY ? word : word.substring(0, STEM_KEY);
    }

    /** Every phrase of the lexicon in the text, left to right, the longest at each place. */
    public List<Match> find(String text) {
        return find(Words.of(text));
    }

    /** Every phrase of the lexicon in the words of a text, left to right, the longest at each place. */
    public List<Match> find(Words w) {
        List<Match> out = new ArrayList<>();
        String[] keys = new String[longest + 1];
        String[] words = w.lower;
        int i = 0;
        while (i < words.length) {
            String first = words[i];
            String stem = prefix(first);
            int reach = longestByFirst.getOrDefault(first, 0);
            if (stem != first) {
                reach = Math.max(reach, longestByFirst.getOrDefault(stem, 0));
            }
            reach = Math.min(reach, words.length - i);
            if (reach == 0) {
                i++;
                continue;
            }
            StringBuilder key = new StringBuilder(first);
            keys[1] = first;
            for (int n = 2; n <= reach; n++) {
                keys[n] = key.append(' ').append(words[i + n - 1]).toString();
            }
            int taken = 0;
            for (int n = reach; n >= 1 && taken == 0; n--) {
                if (!joinedBySpaceOrHyphen(w, i, n)) {
                    continue;
                }
                String value = lookup(keys[n], words, i, n);
                if (value != null) {
                    int start = w.starts[i], end = w.ends[i + n - 1];
                    out.add(new Match(start, end, w.text.substring(start, end), value));
                    taken = n;
                }
            }
            i += Math.max(taken, 1);
        }
        return out;
    }

    private String lookup(String key, String[] words, int i, int n) {
        String v = values.get(key);
        if (v != null) {
            return v;
        }
        List<Stem> candidates = stemsByFirst.get(n == 1 ? prefix(words[i]) : words[i]);
        if (candidates != null) {
            for (Stem s : candidates) {
                if (s.words().length == n && stemMatches(s, words, i)) {
                    return s.value();
                }
            }
        }
        return null;
    }

    private static boolean stemMatches(Stem s, String[] words, int i) {
        int n = s.words().length;
        for (int k = 0; k < n - 1; k++) {
            if (!s.words()[k].equals(words[i + k])) {
                return false;
            }
        }
        return words[i + n - 1].startsWith(s.words()[n - 1]);
    }

    /** Words of one phrase stand apart only by spaces or hyphens: "drone, attack" is not "drone attack". */
    private static boolean joinedBySpaceOrHyphen(Words w, int i, int n) {
        for (int k = i; k < i + n - 1; k++) {
            for (int c = w.ends[k]; c < w.starts[k + 1]; c++) {
                char ch = w.text.charAt(c);
                if (!Character.isWhitespace(ch) && ch != '-') {
                    return false;
                }
            }
        }
        return true;
    }

    /** The value of a phrase, or null when the lexicon does not have it. */
    public String valueOf(String phrase) {
        String key = normalise(phrase);
        String v = values.get(key);
        if (v != null) {
            return v;
        }
        String[] words = key.split(" ");
        return lookup(key, words, 0, words.length);
    }
}
