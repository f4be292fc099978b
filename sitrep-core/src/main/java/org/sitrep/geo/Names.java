package org.sitrep.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The folded form under which names are indexed: no accents, lower case, hyphens and apostrophes as in "kryvyi rih". */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`ʼ‘]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐–]+");

    private Names() {
    }

    static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ");
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
