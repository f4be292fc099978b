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

    /** ASCII letters and digits with single inner spaces fold to their lower case; most names are so. */
    private static boolean plain(String name) {
        int n = name.length();
        if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
            return false;
        }
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' && prev != ' ';
            if (!ok) {
                return false;
            }
            prev = c;
        }
        return true;
    }

    static String fold(String name) {
        if (plain(name)) {
            return name.toLowerCase(Locale.ROOT);
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ");
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
