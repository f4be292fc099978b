package org.sitrep.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Count;
import org.sitrep.model.Sentence;

/**
 * A numbered list of the dead after a colon, as incident reports give it ("The following were killed:" then "1. Mahmoud
 * Saleh, 52", "2. Nour Ibrahim (8)", a line each or on one line): one victim a number, counted while the numbers go up
 * by one, a child where the age given is under 18.
 */
final class VictimList {

    /** A casualty word, then a colon, then the first item. */
    private static final Pattern LIST_OPENS = Pattern.compile("(?i)\\b(?:killed|dead|died|victims|martyrs)\\b[^.:]{0,40}:(?=\\s*1[.)]\\s+\\p{Lu})");
    /** An age after a name: "Mahmoud Saleh, 52", "Nour (8)". */
    private static final Pattern AGE = Pattern.compile("(?:,\\s*|\\()(\\d{1,3})\\)?");
    /** How far one item may run: a name and an age; the last one, before the text goes on. */
    private static final int ITEM_LENGTH = 90, LAST_ITEM_LENGTH = 50;
    private static final int ADULT = 18;
    private static final int MAX_ITEMS = 500;
    private static final int MAX_SPAN = 20_000;

    private VictimList() {
    }

    /** Item number {@code n} of the list: "n. " or "n) " before a capitalised word. */
    private static Pattern item(int n) {
        return Pattern.compile("\\b" + n + "[.)]\\s+\\p{Lu}");
    }

    /** The toll of the list a sentence opens, read from the article text after the colon; null without a list of two or more. */
    static Toll read(Sentence s, String text) {
        if (s.text().indexOf(':') < 0) {
            return null;
        }
        Matcher open = LIST_OPENS.matcher(text).useTransparentBounds(true).region(s.start(), s.end());
        if (!open.find()) {
            return null;
        }
        int at = open.end(), items = 0, children = 0;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int end = Math.min(text.length(), open.end() + MAX_SPAN);
        while (items < MAX_ITEMS) {
            Matcher next = item(items + 2).matcher(text).region(at, Math.min(end, at + ITEM_LENGTH));
            boolean more = next.find();
            Matcher age = AGE.matcher(text).region(at, more ? next.start() : Math.min(end, at + LAST_ITEM_LENGTH));
            boolean aged = age.find();
            children += aged && Integer.parseInt(age.group(1)) < ADULT ? 1 : 0;
            items++;
            if (!more) {
                at = aged ? age.end() : age.regionEnd();
                break;
            }
            at = next.start();
        }
        if (items < 2) {
            return null;
        }
        return new Toll(Toll.Kind.KILLED, Count.exactly(items), children > 0 ? Count.exactly(children) : null, open.start(), at, false, false, true);
    }
}
