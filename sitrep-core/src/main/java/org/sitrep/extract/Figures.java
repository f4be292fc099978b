package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.Calendar;
import org.sitrep.lexicon.Demonyms;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.Resources;
import org.sitrep.model.Count;

/**
 * The number phrases of a sentence by shared/spec/counting.md ("at least 11", "twenty-six", "dozens", "a 57-year-old
 * woman"), each with its reading and whether a person or a child noun follows; things that are not people (drones,
 * hours, years, money) are passed over. {@link TollReader} links them to the casualty words they count.
 */
final class Figures {

    private static final String QUALIFIER = "at least|more than|over|up to|as many as|nearly|almost|about|around|some|approximately|roughly|another|a further|an additional|only";
    private static final Pattern AGE = Pattern.compile("(?i)^\\s*(\\d{1,3})[- ]year[- ]old\\b");
    private static final Set<String> STOP_WORDS = Set.of("were", "was", "have", "has", "had", "are", "is", "in", "on", "at",
            "and", "or", "killed", "injured", "wounded", "dead", "died", "people");
    /** Heads that count one person only before a person noun ("a woman", "her son"). */
    private static final Pattern ARTICLES = Pattern.compile("(?i)a|an|her|his|my");
    private static final Pattern COUNT_NEXT = Pattern.compile("(?i)\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several)\\s");
    private static final Pattern FAMILY_OF = Pattern.compile("(?i)\\s+family\\s+of\\s");
    private static final Pattern YEAR_OLD = Pattern.compile("[- ]year[- ]old");
    private static final Pattern AGE_OF = Pattern.compile("[- ]year[- ]old\\s+([\\p{L}-]+)");
    private static final Pattern CLOCK_BEFORE = Pattern.compile("\\d[:.]$");
    private static final Pattern UNIT_AFTER = Pattern.compile("(bn|m|%|st|nd|rd|th|:\\d)");
    private static final Pattern NEXT_WORD = Pattern.compile("\\G\\s*([\\p{L}\\d%'’-]+)"); // a comma ends the noun phrase
    /** "nine of her 10 children": the whole the figure is part of. */
    private static final Pattern PART_OF = Pattern.compile("(?i)of (?:her|his|their|the|its) \\d+");
    private static final Pattern INCLUDED_BEFORE = Pattern.compile("(?i)\\b(including|among them|among whom|of whom|of them)\\s+$");

    /** A capitalised word with a people's ending (lang/en/demonym-endings.txt): "Kurdish", "Houthi". */
    private static final Pattern PEOPLE_ENDING = Pattern.compile("\\p{Lu}\\p{L}+(?:"
            + String.join("|", Resources.lines("/org/sitrep/lang/en/demonym-endings.txt")) + ")s?");
    /** A name right before a number in brackets or between commas: "Lina Khalil (42)", "Hassan, 34, a farmer". */
    private static final Pattern NAME_BEFORE_AGE = Pattern.compile("\\p{Lu}[\\p{L}'’-]+\\s*[(,]\\s*$");
    private static final Pattern AGE_CLOSE = Pattern.compile("\\s*[),]");
    /** An irregular armed group named in the sentence (lang/en/armed-groups.txt): the soldiers counted were its targets. */
    private static final Pattern ARMED_GROUP = Pattern.compile("(?i)\\b(?:" + String.join("|", Resources.lines("/org/sitrep/lang/en/armed-groups.txt")) + ")\\b");
    private static final String MONTHS = Calendar.english().monthPattern();
    private static final Pattern MONTH_AFTER = Pattern.compile("(?i)\\s+(?:" + MONTHS + ")\\b");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b(?:" + MONTHS + ")\\.?\\s+$");
    private final Lexicon victims;
    private final Lexicon numberWords = Lexicon.load("/org/sitrep/extract/numbers.tsv");
    private final Pattern number;

    Figures(Lexicon victims) {
        this.victims = victims;
        List<String> ws = new ArrayList<>();
        List<String> counting = new ArrayList<>(); // words that may make up "twenty-six": not "a", "her"
        for (String line : Resources.lines("/org/sitrep/extract/numbers.tsv")) {
            String w = line.split("\t")[0];
            ws.add(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
            if (!ARTICLES.matcher(w).matches()) {
                counting.add(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
            }
        }
        ws.sort((a, b) -> b.length() - a.length());
        counting.sort((a, b) -> b.length() - a.length());
        String word = "(?:" + String.join("|", ws) + ")";
        String part = "(?:" + String.join("|", counting) + ")";
        number = Pattern.compile("(?i)(?<![\\p{L}\\d-])(?:(" + QUALIFIER + ")\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+|" + part + "[- ]" + part + "|" + word + ")"
                + "(?:\\s+(?:to|and|or|-)\\s+(\\d+|" + word + "))?(?![\\p{L}\\d])");
    }

    /**
     * A number phrase: its reading and span within the sentence text; {@code personNoun} when a victim noun follows,
     * {@code child} when it counts children, {@code included} when "including" comes right before it.
     */
    record Figure(int start, int end, Count count, boolean child, boolean personNoun, boolean included) {
    }


    /** Every number phrase of a sentence that may count people. */
    List<Figure> read(String text) {
        List<Figure> out = new ArrayList<>();
        boolean ambushed = ARMED_GROUP.matcher(text).find();
        Matcher m = number.matcher(text);
        while (m.find()) {
            String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            String head = m.group(2);
            String rest = text.substring(m.end());
            boolean article = ARTICLES.matcher(head).matches();
            if (article && (COUNT_NEXT.matcher(rest).lookingAt() || FAMILY_OF.matcher(rest).lookingAt())) { // "a family of four": four
                continue; // "her three children": the number counts, not the possessive
            }
            Matcher age = AGE.matcher(rest);
            Integer years = null;
            int end = m.end();
            if (age.find()) {
                if (!article && !head.equalsIgnoreCase("one")) {
                    continue; // "13-year-old" alone is an age, not a count
                }
                years = Integer.parseInt(age.group(1));
                end += age.end();
            } else if (!article && value(head) != null && personOfAge(rest)) {
                int old = value(head); // "fatally injuring 47-year-old Nargis", "her 11-year-old son": one person, of that age
                Matcher y = YEAR_OLD.matcher(rest);
                y.lookingAt();
                out.add(new Figure(m.start(), m.end() + y.end(), Count.exactly(1), old < 18, true, false));
                continue;
            } else if (!article && YEAR_OLD.matcher(rest).lookingAt()) {
                continue;
            }
            Integer value = value(head);
            if (value == null || head.matches("(19|20)\\d\\d")) {
                continue; // a year, not a count
            }
            if (Character.isDigit(head.charAt(0)) && qualifier.isEmpty() && NAME_BEFORE_AGE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
                    && AGE_CLOSE.matcher(rest).lookingAt()) {
                continue; // "Lina Khalil (42)", "Hassan, 34,": a person's age after the name
            }
            if (Character.isDigit(head.charAt(0)) && value <= 31 && (MONTH_AFTER.matcher(rest).lookingAt()
                    || MONTH_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find())) {
                continue; // "on 3 January", "October 7, 2023": a day of a month, not a count
            }
            Noun noun = nounAfter(text, end, article, ambushed);
            if (noun == Noun.NOT) {
                continue;
            }
            if (article && years == null && noun == Noun.NONE) {
                continue; // "a" before anything but a person is not a count
            }
            if (text.substring(Math.max(0, m.start() - 1), m.start()).equals("$") || UNIT_AFTER.matcher(rest).lookingAt()
                    || CLOCK_BEFORE.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find()) { // "19:20": the minutes of a time
                continue;
            }
            boolean child = noun == Noun.CHILD || years != null && years < 18;
            Count count = count(qualifier, value, m.group(3) == null ? null : value(m.group(3)), head);
            boolean included = INCLUDED_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find();
            out.add(new Figure(m.start(), end, count, child, noun != Noun.NONE, included));
        }
        return out;
    }

    /** After a number, "-year-old Nargis" or "-year-old son": one person of that age, named or by a person noun. */
    private boolean personOfAge(String rest) {
        Matcher m = AGE_OF.matcher(rest);
        if (!m.lookingAt()) {
            return false;
        }
        String next = m.group(1);
        String kind = victims.valueOf(next);
        return Character.isUpperCase(next.charAt(0)) || "person".equals(kind) || "child".equals(kind);
    }

    private enum Noun { PERSON, CHILD, NOT, NONE }

    /**
     * The kind of noun a number counts, read over the next few words; after "a" or "an" the name of a force or body may
     * come between ("a senior Levies officer", "a UN aid worker"), elsewhere a capitalised word ends the phrase.
     */
    private Noun nounAfter(String text, int from, boolean afterArticle, boolean ambushed) {
        String rest = text.substring(from);
        Matcher w = NEXT_WORD.matcher(rest);
        int words = 0;
        boolean nationality = false;
        while (w.find() && words < 4) {
            String v = victims.valueOf(w.group(1));
            if (v != null) {
                return switch (v) {
                    case "child" -> Noun.CHILD;
                    case "not" -> Noun.NOT;
                    case "force" -> nationality || ambushed ? Noun.PERSON : Noun.NOT;
                    default -> Noun.PERSON;
                };
            }
            nationality |= isNationality(w.group(1));
            String lw = w.group(1).toLowerCase(Locale.ROOT);
            if (words == 0 && (lw.equals("of") || lw.equals("more") || lw.equals("other"))) {
                words++;
                if (lw.equals("of") && PART_OF.matcher(rest).region(w.start(1), rest.length()).lookingAt()) {
                    w.find(); // "nine of her 10 children": the noun after the whole names the part
                    w.find();
                }
                continue;
            }
            if (!Character.isLowerCase(w.group(1).charAt(0)) && !isNationality(w.group(1))) {
                if (afterArticle && Character.isLetter(w.group(1).charAt(0))) {
                    words++;
                    continue;
                }
                return Noun.NONE;
            }
            if (STOP_WORDS.contains(lw)) {
                return Noun.NONE;
            }
            words++;
        }
        return Noun.NONE;
    }

    /** "Nigerien", "Ukrainians", and a capitalised word with a people's ending ("Kurdish", "Houthi"). */
    private static boolean isNationality(String w) {
        return Demonyms.english().countryOf(w) != null || PEOPLE_ENDING.matcher(w).matches();
    }

    private Count count(String qualifier, int value, Integer upper, String head) {
        String vague = numberWords.valueOf(head);
        if (vague != null && vague.endsWith("|-")) {
            String[] p = vague.split("\\|");
            return new Count(Integer.parseInt(p[0]), Integer.parseInt(p[1]), null);
        }
        if (upper != null && upper > value) {
            return Count.between(value, upper);
        }
        return switch (qualifier.replaceAll("\\s+", " ")) {
            case "at least", "some" -> Count.atLeast(value);
            case "more than", "over" -> Count.atLeast(value + 1);
            case "up to", "as many as", "nearly", "almost" -> Count.upTo(value);
            case "about", "around", "approximately", "roughly" -> new Count(null, value, null);
            default -> Count.exactly(value);
        };
    }

    /** The best value of a number phrase: digits, number words, or "twenty-six". */
    Integer value(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replace(",", "").strip();
        if (p.chars().allMatch(Character::isDigit)) {
            return p.length() > 7 ? null : Integer.parseInt(p);
        }
        String whole = numberWords.valueOf(p);
        if (whole != null) {
            return Integer.parseInt(whole.split("\\|")[1]);
        }
        int total = 0;
        for (String part : p.split("[- ]+")) {
            String v = numberWords.valueOf(part);
            if (v == null) {
                return null;
            }
            total += Integer.parseInt(v.split("\\|")[1]);
        }
        return total;
    }
}
