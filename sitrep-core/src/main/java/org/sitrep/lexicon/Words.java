package org.sitrep.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text, lower-cased, with their offsets: made once per sentence and shared by every
 * lexicon that looks at it. A word is a run of letters and digits, with inner apostrophes ("army's").
 */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:['’][\\p{L}]+)*");

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
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        int n = spans.size();
        int[] starts = new int[n], ends = new int[n];
        String[] lower = new String[n];
        String lowerText = text.toLowerCase(Locale.ROOT);
        boolean sameLength = lowerText.length() == text.length();
        for (int i = 0; i < n; i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
            lower[i] = sameLength ? lowerText.substring(starts[i], ends[i]) : text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
        }
        return new Words(text, starts, ends, lower);
    }

    public String text() {
        return text;
    }
}
