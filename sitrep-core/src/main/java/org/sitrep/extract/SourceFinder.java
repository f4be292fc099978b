package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who reported what a sentence says: the subject of "said", "reported", "told" ("Kyiv regional head
 * Mykola Kalashnyk said"), or the phrase after "according to". A named person is preferred to a title.
 */
final class SourceFinder {

    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}";
    private static final String TITLED = "(?:(?:the|its|local|regional|city|state|military|Ukrainian|Russian|Israeli|Iranian|Palestinian|Indian|Pakistani|Sudanese|Gaza's|Hamas-run)\\s+)*"
            + "(?:[\\p{L}'’-]+\\s+){0,3}?(?:governor|mayor|head|officials|official|authorities|ministry|minister|service|administration|police|medics|military|army|spokesman|spokeswoman|spokesperson|agency|witnesses|rescuers|hospital|staff|defence ministry|health ministry|interior ministry|emergency services|DSNS|IDF|SBU)(?:\\s+(?:of|for|in)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,4})?";
    private static final Pattern SUBJECT_NAME = Pattern.compile("(" + NAME + ")(?:,[^,]{3,80},)?\\s+(?:has\\s+|had\\s+)?(?:said|says|reported|confirmed|told|posted|wrote|announced|added|stated)\\b");
    private static final Pattern SUBJECT_TITLE = Pattern.compile("(?i)\\b(" + TITLED + ")\\s+(?:have\\s+|has\\s+|had\\s+)?(?:said|say|says|reported|confirmed|told|posted|wrote|announced|stated|indicated)\\b");
    private static final Pattern REPORTING = Pattern.compile("\\b(said|says|say|reported|reports|told|confirmed|posted|wrote|announced|stated|added|indicated|according)\\b");
    /** No title phrase before a reporting verb is longer. */
    private static final int TITLE_REACH = 120;
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\bin\\s+$");
    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to (?:the )?([^,.;]{3,80})");
    private static final Pattern NAME_AFTER_VERB = Pattern.compile("\\b(?:said|says|reported|told)\\s+(" + NAME + ")");

    List<String> find(String text) {
        if (!REPORTING.matcher(text).find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = SUBJECT_NAME.matcher(text);
        while (m.find()) {
            if (!PLACE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find()) {
                add(out, stripTitleWords(m.group(1))); // not "Khan Younis" in "Nasser hospital in Khan Younis said"
            }
        }
        m = NAME_AFTER_VERB.matcher(text);
        while (m.find()) {
            add(out, m.group(1));
        }
        if (out.isEmpty()) {
            m = SUBJECT_TITLE.matcher(text).useTransparentBounds(true); // "\\b" at a window's start sees the word before it
            Matcher verb = REPORTING.matcher(text);
            int from = 0;
            while (verb.find()) { // the title ends right before a reporting verb: look only in the words before each one
                m.region(Math.max(from, verb.start() - TITLE_REACH), Math.min(text.length(), verb.end() + 1));
                while (m.find()) {
                    add(out, m.group(1).replaceFirst("(?i)^(the|its)\\s+", ""));
                    from = m.end();
                }
            }
        }
        m = ACCORDING.matcher(text);
        while (m.find()) {
            add(out, m.group(1).strip());
        }
        return out;
    }

    private static String stripTitleWords(String name) {
        return name.replaceFirst("^(?:(?:President|Governor|Mayor|Minister|Prime|General|Head|Chief|Regional|Military|Local)\\s+)+", "");
    }

    private static void add(List<String> out, String source) {
        String s = source.strip();
        if (s.length() >= 3 && !out.contains(s) && !s.matches("(?i)(he|she|they|it|we|i|you|this|that|there)")) {
            out.add(s);
        }
    }
}
