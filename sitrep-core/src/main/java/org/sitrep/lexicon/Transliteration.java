package org.sitrep.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A language's letters in the Latin alphabet, as GeoNames spells that language's place names
 * ({@code lang/<code>/latin.tsv}): "Малокатеринівка" is "malokaterynivka" in Ukrainian, "Понуровка" "ponurovka" in
 * Russian. Letters the table lacks are kept as they are.
 */
public final class Transliteration {

    private final Map<Character, String> letters = new HashMap<>();
    private final Map<Character, String> initials = new HashMap<>();

    private Transliteration(String resource) {
        for (String line : Resources.lines(resource)) {
            String[] parts = line.split("\t", -1);
            String letter = parts[0];
            boolean initial = letter.length() == 2 && letter.charAt(0) == '^';
            if (letter.length() != (initial ? 2 : 1)) {
                throw new IllegalStateException(resource + ": not one letter: '" + letter + "'");
            }
            (initial ? initials : letters).put(letter.charAt(initial ? 1 : 0), parts.length > 1 ? parts[1] : "");
        }
    }

    /** The table of a language ("uk", "ru"); fails when sitrep has none for it. */
    public static Transliteration of(String language) {
        return new Transliteration("/org/sitrep/lang/" + language + "/latin.tsv");
    }

    /** The text in lower-case Latin letters: each letter by the table, a word's first letter by its own row where it has one. */
    public String latin(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean first = i == 0 || !Character.isLetter(lower.charAt(i - 1)) && lower.charAt(i - 1) != '\'';
            String s = first && initials.containsKey(c) ? initials.get(c) : letters.get(c);
            out.append(s != null ? s : String.valueOf(c));
        }
        return out.toString();
    }
}
