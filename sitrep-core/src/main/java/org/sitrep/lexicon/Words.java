package org.sitrep.lexicon;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text, lower-cased, with their offsets: made once per sentence and shared by every
 * lexicon that looks at it. A word is a run of letters and ASCII digits, with inner apostrophes followed by
 * letters ("o'clock"); its lower-case form drops a possessive "'s", so "Hamas's attack" finds the actor "hamas".
 */
public final class Words {

    final String text;
    final int[] starts;
    final int[] ends;
    final String[] lower;

    private Words(String text, int[] starts, int[] ends, String[] lower) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.lower = lower;
    }

    public static Words of(String text) {
        int n = text.length(), count = 0;
        int[] starts = new int[16], ends = new int[16];
        for (int i = 0; i < n; ) {
            if (!wordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && wordChar(text.charAt(i))) {
                i++;
            }
            while (i + 1 < n && (text.charAt(i) == '\'' || text.charAt(i) == '’') && Character.isLetter(text.charAt(i + 1))) {
                i++;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count++] = i;
        }
        starts = Arrays.copyOf(starts, count);
        ends = Arrays.copyOf(ends, count);
        String[] lower = new String[count];
        String lowerText = text.toLowerCase(Locale.ROOT);
        boolean sameLength = lowerText.length() == n;
        for (int i = 0; i < count; i++) {
            String w = sameLength ? lowerText.substring(starts[i], ends[i]) : text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
            lower[i] = w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s")) ? w.substring(0, w.length() - 2) : w;
        }
        return new Words(text, starts, ends, lower);
    }

    /** A letter or an ASCII digit: what words are made of (scanned by hand; the regex took a tenth of the run time). */
    private static boolean wordChar(char c) {
        return c >= '0' && c <= '9' || Character.isLetter(c);
    }

    public String text() {
        return text;
    }
}
