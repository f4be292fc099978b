package org.sitrep.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase list from a resource file ({@code phrase<TAB>value} a line) matched on word boundaries,
 * case-insensitively, longest phrase first, without overlaps. A phrase may end in {@code *} to match
 * any word ending ("strike*" matches "strikes" and "striking").
 */
public final class Lexicon {

    /** One phrase found in a text: offsets into that text, end exclusive. */
    public record Match(int start, int end, String text, String value) {
    }

    private final Map<String, String> values = new HashMap<>();
    private record Stem(String prefix, Pattern pattern, String value) {
    }

    private final List<Stem> stems = new ArrayList<>();
    private final Pattern pattern;

    private Lexicon(List<String[]> entries, String resource) {
        List<String> alternatives = new ArrayList<>();
        for (String[] e : entries) {
            if (e.length < 2) {
                throw new IllegalStateException(resource + ": line without a value: '" + String.join("\t", e) + "'");
            }
            String phrase = e[0].toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", " ");
            boolean stem = phrase.endsWith("*");
            String words = stem ? phrase.substring(0, phrase.length() - 1) : phrase;
            String regex = Pattern.quote(words).replace(" ", "\\E[\\s\\-]+\\Q") + (stem ? "[\\p{L}]*" : "");
            alternatives.add(regex);
            if (stem) {
                stems.add(new Stem(words, Pattern.compile(regex), e[1]));
            } else {
                values.put(phrase, e[1]);
            }
        }
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        pattern = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\d])");
    }

    public static Lexicon load(String resource) {
        return new Lexicon(Resources.lines(resource).stream().map(l -> l.split("\t")).toList(), resource);
    }

    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new Match(m.start(), m.end(), m.group(), valueOf(m.group())));
        }
        return out;
    }

    public boolean contains(String phrase) {
        return valueOf(phrase) != null;
    }

    /** The value of a phrase, or null when the lexicon does not have it. */
    public String valueOf(String phrase) {
        String key = phrase.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", " ");
        String v = values.get(key);
        if (v != null) {
            return v;
        }
        for (Stem stem : stems) {
            if (key.startsWith(stem.prefix()) && stem.pattern().matcher(key).matches()) {
                return stem.value();
            }
        }
        return null;
    }
}
