package org.sitrep.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A language's small number words ("a", "two", "twelve") with their values, from
 * {@code /org/sitrep/lang/<code>/numbers.tsv}: what "two days later" or "a week after" count with.
 */
public final class NumberWords {

    private final Map<String, Integer> values = new HashMap<>();
    private final String pattern;

    private NumberWords(String resource) {
        List<String> words = new ArrayList<>();
        for (String line : Resources.lines(resource)) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException(resource + ": expected a word and its value: '" + line + "'");
            }
            values.put(f[0].toLowerCase(Locale.ROOT), Integer.parseInt(f[1]));
            words.add(f[0]);
        }
        words.sort(Comparator.comparingInt(String::length).reversed()); // "an" before "a" in an alternation
        pattern = String.join("|", words) + "|\\d{1,4}";
    }

    public static NumberWords english() {
        return English.NUMBERS;
    }

    /** The words and up to four digits as a regex alternation, longest word first, digits last. */
    public String pattern() {
        return pattern;
    }

    /** Digits, or a number word in any case, as a number; throws for anything else. */
    public int value(String word) {
        if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
            return Integer.parseInt(word);
        }
        Integer v = values.get(word.toLowerCase(Locale.ROOT));
        if (v == null) {
            throw new IllegalArgumentException("not a number word: '" + word + "'");
        }
        return v;
    }

    private static final class English {
        static final NumberWords NUMBERS = new NumberWords("/org/sitrep/lang/en/numbers.tsv");
    }
}
