package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts victims told by name rather than by number: "Her sister-in-law Hafeeza was seriously injured",
 * "Fereydoon Abbasi and nuclear scientist Mohammad Mehdi Tehranchi were killed", "those killed included
 * Hossein Salami, the commander-in-chief of the IRGC, Gholamali Rashid, ... and Mohammad Bagheri".
 */
final class NamedVictims {

    /** How many people the words name, and where those words are in the sentence. */
    record Named(int count, int start, int end) {
    }

    /** No verb group between a subject and its casualty word is longer. */
    private static final int VERB_GROUP = 70;
    /** The verb group between the named subject and the casualty word. */
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("(?i)\\s+(?:was|were|has been|have been|had been)\\s+(?:also\\s+)?"
            + "(?:reported\\s+(?:to\\s+have\\s+been\\s+)?)?(?:\\w+ly\\s+)?$");
    private static final Pattern INCLUDED_AFTER = Pattern.compile("(?i)^(?:\\s+(?:included|include|were|are)|,\\s+including)\\s+");
    private static final Pattern DASHED_END = Pattern.compile("(?:\\s+-[^-]*-)?\\s*,?\\s*(?:who\\s*)?$"); // "A and B, who were killed"
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern OBJECT_AFTER = Pattern.compile("\\s+\\p{Lu}");
    private static final Pattern AGE = Pattern.compile("\\d{1,3}");
    /** The capitalised words a part of a list starts with: a name, before any words that are not. */
    private static final Pattern LEADING_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}'’-]*\\s*)+");
    private static final Pattern AGE_IN_BRACKETS = Pattern.compile("\\s*\\(\\d{1,3}\\)");
    private static final Pattern LIST_BREAK = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)");
    private static final Pattern CLAUSE_START = Pattern.compile("(?i)(?:^|[;:]|\\bthat\\b|\\bwhen\\b|\\bas\\b)\\s*");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:of|in|at|from|near|to|on)\\s*$");
    /** Capitalised words that name bodies and titles, never a person's own name. */
    private static final Set<String> NOT_NAMES = Set.of("Organisation", "Organization", "Agency", "Ministry", "Minister", "Army",
            "Forces", "Force", "Guards", "Corps", "Headquarters", "Council", "Service", "Office", "Committee", "Party", "Police",
            "President", "Prime", "General", "Commander", "Chief", "Leader", "Supreme", "Ayatollah", "Gen", "Col", "Maj", "Mr",
            "Mrs", "Ms", "Dr", "The", "A", "An", "He", "She", "They", "It", "His", "Her", "Their");
    /** A person noun right before a single name makes it a person's name ("her sister-in-law Hafeeza"). */
    private static final Pattern KIN_BEFORE = Pattern.compile("(?i)\\b(?:sister|brother|mother|father|son|daughter|wife|husband|"
            + "niece|nephew|cousin|aunt|uncle|grandson|granddaughter|grandmother|grandfather)(?:-in-law)?\\s*$");

    /** "she, too, had been struck - in the chest": struck in a part of the body is wounded. */
    static final Pattern BODY_HIT = Pattern.compile("(?i)\\b(?:struck|hit)\\s*(?:[-–—,]\\s*)?(?:by [\\w ]{1,20}?\\s)?in the "
            + "(?:chest|head|neck|face|eyes?|back|stomach|abdomen|shoulders?|arms?|hands?|legs?|foot|feet)\\b");
    /** "she", "he, too,": one person as the subject, the one told of before. */
    private static final Pattern PRONOUN_END = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:she|he)(?:,\\s*(?:too|also),)?\\s*$");

    /** One person referred to by "she" or "he" as the subject of "was/had been (also) killed" ending at {@code at}, or null. */
    Named pronounBefore(String text, int at) {
        int from = Math.max(0, at - VERB_GROUP);
        Matcher verb = PASSIVE_BEFORE.matcher(text.substring(from, at));
        if (!verb.find()) {
            return null;
        }
        Matcher pronoun = PRONOUN_END.matcher(text.substring(0, from + verb.start()));
        return pronoun.find() ? new Named(1, pronoun.start(), at) : null;
    }

    /** The people named as the subject of "was/were (reported) killed" ending at {@code at}, or null. */
    Named subjectBefore(String text, int at) {
        int from = Math.max(0, at - VERB_GROUP);
        Matcher verb = PASSIVE_BEFORE.matcher(text.substring(from, at));
        if (!verb.find()) {
            return null;
        }
        int start = clauseStart(text, from + verb.start());
        int n = subjectNames(text.substring(start, from + verb.start()));
        return n > 0 ? new Named(n, start, at) : null;
    }

    private static int subjectNames(String subject) {
        subject = DASHED_END.matcher(subject).replaceAll(""); // "X - a powerful branch of Y - was killed"
        int n = 0;
        for (String part : AND.split(subject.strip())) {
            List<String> items = List.of(part.split(","));
            if (items.stream().allMatch(i -> endsInName(i) && Character.isUpperCase(i.strip().charAt(0)))) {
                n += items.size(); // "A, B and C were killed"
            } else if (endsInName(items.get(0))) {
                n++; // "Ali Shamkhani, senior adviser to Ali Khamenei, was injured": what follows the comma says who he is
            } else {
                return 0;
            }
        }
        return n;
    }

    /**
     * The people listed after the casualty word ending at {@code at}: "those killed included A, the role, B", or
     * "commanders have been killed, including the chief of staff and the commander-in-chief". Or null.
     */
    Named listAfter(String text, int at) {
        Matcher m = INCLUDED_AFTER.matcher(text.substring(at));
        if (!m.find()) {
            return null;
        }
        String list = text.substring(at + m.end());
        int stop = firstOf(list, '.', ';');
        list = stop < 0 ? list : list.substring(0, stop);
        int n = names(List.of(LIST_BREAK.split(list)), m.group().contains("including"));
        return n > 0 ? new Named(n, at, at + m.end() + list.length()) : null;
    }

    /**
     * The people named with their ages right after an active casualty verb, as lists of victims give them: "shot and
     * killed Ahmad Jaber, 17, in the village", "killed Sami Odeh (28) and Ibrahim Sabbah (19)". The list ends at the first
     * part that is neither a name nor an age. Null when no name follows, or no age: "it had killed Ali Hassan, a senior
     * commander" names a target, told as the army's claim.
     */
    Named objectsAfter(String text, int at) {
        if (at >= text.length() || !OBJECT_AFTER.matcher(text).region(at, text.length()).lookingAt()) {
            return null;
        }
        String list = text.substring(at);
        int stop = firstOf(list, '.', ';');
        list = stop < 0 ? list : list.substring(0, stop);
        int n = 0, end = 0, from = 0;
        boolean aged = false;
        Matcher gap = LIST_BREAK.matcher(list);
        while (from < list.length()) {
            int to = gap.find(from) ? gap.start() : list.length();
            String raw = list.substring(from, to);
            String part = AGE_IN_BRACKETS.matcher(raw).replaceAll("").strip();
            aged |= part.length() < raw.strip().length();
            Matcher name = LEADING_NAME.matcher(part);
            if (AGE.matcher(part).matches()) {
                aged = true;
                end = to;
            } else if (name.lookingAt() && endsInName(name.group().strip())) {
                n++;
                end = to;
                if (name.end() < part.length()) {
                    break; // "Ibrahim Sabbah (19) near the camp": the list ends with this name
                }
            } else {
                break;
            }
            from = to < list.length() ? gap.end() : to;
        }
        return n > 0 && aged ? new Named(n, at, at + end) : null;
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a), j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static int clauseStart(String text, int end) {
        Matcher m = CLAUSE_START.matcher(text.substring(0, end));
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    /**
     * How many parts name a person. A part in lower case that names nobody is a role or an appositive ("the
     * commander of ...", "chief of ..."), counted only as an item of an "including" list; any other part that is
     * not a name means the words are not a list of people: 0.
     */
    private static int names(List<String> parts, boolean roles) {
        int n = 0;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (endsInName(p)) {
                n++;
            } else if (Character.isLowerCase(p.charAt(0))) {
                n += roles && p.startsWith("the ") ? 1 : 0;
            } else {
                return 0;
            }
        }
        return n;
    }

    /** "Mohammad Mehdi Tehranchi", "nuclear scientist Fereydoon Abbasi", "her sister-in-law Hafeeza": a name ends the part. */
    private static boolean endsInName(String part) {
        String[] words = part.strip().split("\\s+");
        int run = 0;
        for (int i = words.length - 1; i >= 0 && CAPITALISED.matcher(words[i]).matches() && !NOT_NAMES.contains(words[i]); i--) {
            run++;
        }
        if (run == 0 || run > 4) {
            return false;
        }
        String before = String.join(" ", List.of(words).subList(0, words.length - run));
        if (PLACE_BEFORE.matcher(before).find()) {
            return false; // "residents of Khan Younis": a place
        }
        return run >= 2 || KIN_BEFORE.matcher(before).find();
    }
}
