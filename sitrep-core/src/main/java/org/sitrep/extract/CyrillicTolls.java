package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.Apostrophes;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.model.Count;
import org.sitrep.model.Sentence;

/**
 * Casualty figures of a Ukrainian or Russian sentence, by the words of {@code lang/<code>/}: casualties.tsv (what
 * happened), victims.tsv (to whom), numbers.tsv and toll-words.tsv. A casualty word takes the nearest number that
 * counts people ("загинули п'ятеро людей", "5 постраждалих"; not "шість років", not "38 дронів"); else the ages told
 * ("поранені 33-річний та 56-річний чоловіки" are two); else one, where the word or the person is singular ("загинув
 * чоловік"). A denied word counts none ("никто не погиб"). Children told inside a figure ("в том числе 2 детей") are
 * counted apart. Figures are read as counting.md says.
 */
final class CyrillicTolls {

    /**
     * One figure: what it counts, how many, the children inside it, where its words are (offsets in the cleaned text);
     * {@code ofThose}: a part of people told before ("один із поранених помер").
     */
    record Figure(Toll.Kind kind, Count count, Count children, int start, int end, boolean ofThose) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d](?:[\\p{L}\\d]|'(?=\\p{L}))*");
    private static final int BEFORE = 4;
    private static final int AFTER = 12;
    private static final int CHILDREN_AFTER = 8;
    private static final int ADULT = 18;

    private final Lexicon casualties;
    private final Lexicon victims;
    private final Lexicon numbers;
    private final Lexicon qualifiers;

    CyrillicTolls(String language) {
        String dir = "/org/sitrep/lang/" + language + "/";
        casualties = Lexicon.load(dir + "casualties.tsv");
        victims = Lexicon.load(dir + "victims.tsv");
        numbers = Lexicon.load(dir + "numbers.tsv");
        qualifiers = Lexicon.load(dir + "toll-words.tsv");
    }

    /** The words of a sentence, each with what the lists make of it. */
    private final class Tagged {
        final String text;
        final int[] starts, ends;
        final String[] casualty, victim, number, qualifier;
        final boolean[] claimed;

        Tagged(String text) {
            this.text = text;
            List<int[]> spans = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            int n = spans.size();
            starts = new int[n];
            ends = new int[n];
            for (int i = 0; i < n; i++) {
                starts[i] = spans.get(i)[0];
                ends[i] = spans.get(i)[1];
            }
            casualty = tag(casualties);
            victim = tag(victims);
            number = tag(numbers);
            qualifier = tag(qualifiers);
            for (int i = 0; i < n; i++) {
                String w = text.substring(starts[i], ends[i]);
                if (number[i] == null && w.chars().allMatch(Character::isDigit) && w.length() <= 5) {
                    number[i] = w;
                }
            }
            claimed = new boolean[n];
        }

        private String[] tag(Lexicon lexicon) {
            String[] out = new String[starts.length];
            for (Lexicon.Match m : lexicon.find(text)) {
                int i = java.util.Arrays.binarySearch(starts, m.start());
                if (i >= 0) {
                    out[i] = m.value();
                    for (int k = i + 1; k < starts.length && starts[k] < m.end(); k++) {
                        out[k] = "";
                    }
                }
            }
            return out;
        }

        int size() {
            return starts.length;
        }

        /** Whether a sentence-like stop (. ; : ! ?) stands between two words, or also a comma where {@code commas}. */
        boolean broken(int from, int to, boolean commas) {
            for (int c = ends[Math.min(from, to)]; c < starts[Math.max(from, to)]; c++) {
                char ch = text.charAt(c);
                if (ch == '.' || ch == ';' || ch == ':' || ch == '!' || ch == '?' || commas && ch == ',') {
                    return true;
                }
            }
            return false;
        }

        boolean has(String[] tags, int i, String value) {
            return i >= 0 && i < size() && tags[i] != null && tags[i].startsWith(value);
        }

        boolean isAge(int i) {
            return number[i] != null && number[i].chars().allMatch(Character::isDigit) && has(victim, i + 1, "age")
                    && text.charAt(ends[i]) == '-';
        }
    }

    /** The figures of one sentence, in text order. */
    List<Figure> read(Sentence sentence) {
        Tagged t = new Tagged(Apostrophes.plain(sentence.text()));
        List<Figure> out = new ArrayList<>();
        for (int c = 0; c < t.size(); c++) {
            if (t.casualty[c] == null || t.casualty[c].isEmpty()) {
                continue;
            }
            String[] v = t.casualty[c].split(" ");
            boolean affected = v[0].equals("affected");
            Toll.Kind kind = v[0].equals("killed") ? Toll.Kind.KILLED : Toll.Kind.INJURED;
            int at = sentence.start() + t.starts[c], end = sentence.start() + t.ends[c];
            if (denied(t, c)) {
                out.add(new Figure(kind, Count.ZERO, null, at, end, false));
                if (affected) {
                    out.add(new Figure(Toll.Kind.KILLED, Count.ZERO, null, at, end, false));
                }
                continue;
            }
            Figure f = counted(t, c, kind, sentence.start());
            if (f == null) {
                f = ages(t, c, kind, sentence.start());
            }
            if (f == null && (v.length > 1 || singleVictim(t, c) != null)) {
                String who = singleVictim(t, c);
                f = new Figure(kind, Count.exactly(1), who != null && who.startsWith("child") ? Count.exactly(1) : null, at, end, false);
            }
            if (f != null) {
                out.add(withChildren(t, f, c, sentence.start()));
            }
        }
        return out;
    }

    /** "ніхто не загинув", "не было пострадавших", "без жертв". */
    private static boolean denied(Tagged t, int c) {
        for (int k = c - 1; k >= Math.max(0, c - 2); k--) {
            if (t.has(t.qualifier, k, "none") && !t.broken(k, c, true)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest number before or after the casualty word that counts people. */
    private Figure counted(Tagged t, int c, Toll.Kind kind, int offset) {
        int best = -1;
        for (int d = 1; d <= AFTER && best < 0; d++) {
            int before = c - d, after = c + d;
            if (d <= BEFORE && before >= 0 && countsPeopleBefore(t, before, c)) {
                best = before;
            } else if (after < t.size() && countsPeopleAfter(t, c, after)) {
                best = after;
            }
        }
        if (best < 0) {
            return null;
        }
        t.claimed[best] = true;
        boolean ofThose = t.has(t.qualifier, best + 1, "of");
        Count count = count(t, best);
        int from = Math.min(best, c), to = Math.max(best, c);
        Count children = t.has(t.victim, best + 1, "child") ? count : null;
        return new Figure(kind, count, children, offset + t.starts[from], offset + t.ends[to], ofThose);
    }

    private static boolean countsPeopleBefore(Tagged t, int n, int c) {
        if (t.number[n] == null || t.claimed[n] || t.isAge(n) || t.broken(n, c, true)) {
            return false;
        }
        boolean ofGroup = t.has(t.qualifier, n + 1, "of");
        for (int k = n + 1; k < c; k++) {
            if (t.number[k] != null || t.casualty[k] != null && !t.casualty[k].isEmpty() && !(ofGroup && k == n + 2)) {
                return false;
            }
        }
        int next = n + 1;
        if (t.has(t.qualifier, next, "of")) {
            if (next + 1 == c) {
                return false; // "один із поранених помер": the wounded are the group, the verb after tells the one's fate
            }
            next++;
        }
        return next == c || t.victim[next] != null && !t.has(t.victim, next, "age") || t.casualty[next] != null
                || t.number[n].endsWith("|people"); // "четверо дістали поранення"
    }

    private static boolean countsPeopleAfter(Tagged t, int c, int n) {
        if (t.number[n] == null || t.claimed[n] || t.isAge(n) || t.broken(c, n, false)) {
            return false;
        }
        for (int k = c + 1; k < n; k++) {
            if (t.casualty[k] != null && !t.casualty[k].isEmpty() || t.number[k] != null) {
                return false;
            }
        }
        return n + 1 < t.size() && t.victim[n + 1] != null && !t.victim[n + 1].isEmpty() && !t.has(t.victim, n + 1, "age")
                || t.number[n].endsWith("|people"); // "пострадали двое"
    }

    /** "33-річний та 56-річний чоловіки": one person for each age told by the casualty word, children by their age. */
    private static Figure ages(Tagged t, int c, Toll.Kind kind, int offset) {
        int from = c, to = c, ages = 0, children = 0;
        for (int k = c + 1; k < Math.min(t.size(), c + AFTER) && !t.broken(c, k, false) && (t.casualty[k] == null || t.casualty[k].isEmpty()); k++) {
            if (t.isAge(k)) {
                ages++;
                children += Integer.parseInt(t.number[k]) < ADULT ? 1 : 0;
                to = k + 1;
            }
        }
        for (int k = c - 1; ages == 0 && k >= Math.max(0, c - BEFORE) && !t.broken(k, c, true); k--) {
            if (t.isAge(k)) {
                ages++;
                children += Integer.parseInt(t.number[k]) < ADULT ? 1 : 0;
                from = k;
            }
        }
        if (ages == 0) {
            return null;
        }
        return new Figure(kind, Count.exactly(ages), children > 0 ? Count.exactly(children) : null,
                offset + t.starts[from], offset + t.ends[to], false);
    }

    /** The kind of a single person named next to the casualty word ("погиб мирный житель"), or null. */
    private static String singleVictim(Tagged t, int c) {
        for (int d = 1; d <= BEFORE; d++) {
            for (int k : new int[] {c - d, c + d}) {
                if (k >= 0 && k < t.size() && t.victim[k] != null && t.victim[k].endsWith(" 1") && !t.broken(k, c, true)) {
                    return t.victim[k];
                }
            }
        }
        return null;
    }

    /** "погибли 3 человека, в том числе 2 детей": the children told after a figure are inside it. */
    private static Figure withChildren(Tagged t, Figure f, int c, int offset) {
        if (f.children() != null || f.count().best() == null) {
            return f;
        }
        for (int k = c + 1; k < Math.min(t.size(), c + CHILDREN_AFTER) && !t.broken(c, k, false); k++) {
            if (t.number[k] != null && !t.claimed[k] && !t.isAge(k) && t.has(t.victim, k + 1, "child")) {
                Count n = count(t, k);
                if (n.best() != null && n.best() <= f.count().best()) {
                    t.claimed[k] = true;
                    return new Figure(f.kind(), f.count(), n, f.start(), Math.max(f.end(), offset + t.ends[k + 1]), f.ofThose());
                }
            }
        }
        return f;
    }

    /** The count of a number word or figure, as the word before it qualifies it (counting.md). */
    private static Count count(Tagged t, int n) {
        String value = t.number[n];
        if (value.contains("|")) {
            String[] p = value.split("\\|");
            return new Count(num(p[0]), num(p[1]), num(p[2]));
        }
        int v = Integer.parseInt(value);
        String q = n > 0 && t.qualifier[n - 1] != null ? t.qualifier[n - 1] : (n > 1 && "".equals(t.qualifier[n - 1]) ? t.qualifier[n - 2] : "");
        return switch (q == null ? "" : q) {
            case "least" -> Count.atLeast(v);
            case "more" -> Count.atLeast(v + 1);
            case "about" -> new Count(null, v, null);
            case "upto" -> Count.upTo(v);
            default -> Count.exactly(v);
        };
    }

    private static Integer num(String s) {
        return s.equals("-") ? null : Integer.valueOf(s);
    }
}
