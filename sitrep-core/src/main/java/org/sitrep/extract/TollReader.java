package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.Words;
import org.sitrep.extract.Figures.Figure;
import org.sitrep.model.Count;
import org.sitrep.model.Sentence;

/**
 * Reads casualty figures from a sentence by shared/spec/counting.md: number phrases ("at least 11",
 * "twenty-six", "dozens", "a 57-year-old woman") linked to the casualty word they count ("were injured",
 * "killing", "deaths"), children counted inside the total, things that are not victims (drones, hours)
 * passed over.
 */
final class TollReader {

    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(were|was|been|be|are|is|being|got|left)\\s+(?:\\w+ly\\s+)?$");
    private static final Pattern NONE = Pattern.compile("(?i)\\b(no[- ]one|nobody|no one|no|none|without)\\b(?:\\s+\\w+){0,3}?\\s+(?:was |were |had been |has been |have been )?(killed|injured|hurt|wounded|casualties|injuries|deaths|fatalities|dead)\\b");
    private static final Pattern UPDATE = Pattern.compile("(?i)\\b(death toll|toll|number of (?:dead|deaths|killed|people killed|injured|wounded|people injured|injuries|casualties|victims))\\b[^.]{0,100}?\\b(?:rose|risen|rises|increased|climbed|jumped|reached|stands at|stood at|is now|has grown|grew)\\s+(?:to\\s+)?");
    /** "It later revised the death toll down to at least 12": a toll told by the verb that revised it. */
    private static final Pattern REVISED = Pattern.compile("(?i)\\b(?:revised|lowered|raised|corrected|reduced|updated|adjusted)\\s+(?:the|its|their|his|her)\\s+"
            + "(death toll|toll|number of (?:dead|deaths|killed|people killed|injured|wounded|people injured|injuries|casualties|victims))"
            + "\\s+(?:(?:down|up)(?:wards?)?\\s+)?to\\s+");
    private static final Pattern OWNER_AFTER = Pattern.compile("(?i)\\s+(?:his|her|their|its|an? family of)(?=\\s)"); // "killing his two sons", "killed a family of four"
    private static final Set<String> GROUPS = Set.of("family", "crowd", "population", "community", "public", "household", "staff", "crew");
    private static final Pattern THE_ONE = Pattern.compile("(?i)\\s+the\\s+(\\p{L}+)\\b");
    private static final Pattern LIST_COMMA = Pattern.compile("\\s*(?:[\\p{L}'’-]+\\s*){0,2}?,\\s*");
    private static final Pattern AND_BETWEEN = Pattern.compile("(?i)\\s+(?:[\\p{L}'’-]+(?:\\s+|(?=,))){0,3}?(?:,\\s*)?and\\s+(?:(?:their|his|her)\\s+)?");
    private static final Pattern VERB = Pattern.compile("(?i)\\b(were|was|have|has|had|are|is|been)\\b");
    private static final Pattern NEGATED = Pattern.compile("\\b(no[- ]one|nobody|no|none|not)\\b(\\s+\\w+){0,2}\\s*$");
    /** "killed nine, along with her husband": one more victim named after the toll. */
    private static final Pattern ALONG_WITH = Pattern.compile("(?i)^,?\\s*along with (?:(?:her|his|their|the|a)\\s+)?([\\p{L}-]+)");
    private static final Pattern AND_BEFORE = Pattern.compile("\\sand\\s+$");
    /** A list's next item before a figure: a comma, "and", or both. */
    private static final Pattern NEXT_ITEM_BEFORE = Pattern.compile("(?:,|\\sand)\\s+$");
    /** After a figure, a place it is told of: "three more in Vyshneve", "one in Avdiivka", "two others at Lozova". */
    private static final Pattern AT_PLACE_AFTER = Pattern.compile("^\\s+(?:more\\s+|others?\\s+)?(?:in|at|near)\\s+(?:the\\s+)?\\p{Lu}");
    /** A toll read from a verb before its object ("killing 19"), whose objects may go on after "and". */
    private static final Pattern VERB_TOLL = Pattern.compile("(?i)(?:killing|killed|injuring|injured|wounding|wounded)\\s");
    /** "those killed were a couple and their five children": the figures after the copula. */
    private static final Pattern WERE_AFTER = Pattern.compile("(?i)^\\s+(?:were|was)\\s+(?:all\\s+)?(\\p{L}+)");
    private static final Pattern COPULA_AFTER = Pattern.compile("(?i)^\\s+(?:were|was|included)\\s+");
    private static final Pattern INCLUSION = Pattern.compile("(?i)\\b(including|among them|among whom|of whom)\\b");
    private static final Pattern OF_WHOM = Pattern.compile("(?i)^[^.;]{0,40}?\\b([\\p{L}\\d]+)\\s+of\\s+(?:whom|them)\\s+(?:was|were|is|are)?\\s*(?:a\\s+|an\\s+)?(?:([\\p{L}\\d]+)-year-old\\s+)?([\\p{L}]+)");
    private static final Pattern INCLUDING = Pattern.compile("(?i)^[^.;]{0,120}?\\b(including|among them|among whom|of whom|of them)\\s+");

    /** "at least 30 were killed, all but two of them in Kyiv": the place after it has the total less the figure. */
    private static final Pattern ALL_BUT = Pattern.compile("(?i)\\ball but\\s+(\\S+)\\s+(?:of them\\s+)?(?:were\\s+|was\\s+)?(?:in|at|on)\\b");
    /** "were also killed", "was also reported to have been injured": more victims besides those told before. */
    private static final Pattern ALSO_BEFORE = Pattern.compile("(?i)\\b(?:was|were|have|has|had)\\s+also\\b[^.,;]{0,40}$");
    /** "Among them was a 12-year-old girl": who the toll told just before counted. */
    /** Between two parts of a list after "including": "two women and two children", "a man, a woman". */
    private static final Pattern PART_GAP = Pattern.compile("(?:\\s+[\\p{L}-]+){0,2}?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:her|his|their)\\s+)?");
    private static final Pattern NAME_THEN_KIN = Pattern.compile("\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}),\\s+(?=(?:his|her)\\s)");
    private static final Pattern AMONG_THEM = Pattern.compile("(?i)(?:among|including) (?:them|those)\\b");
    private final NamedVictims named = new NamedVictims();
    private final Lexicon words = Lexicon.load("/org/sitrep/extract/casualty-words.tsv");
    private final Lexicon victims = Lexicon.load("/org/sitrep/extract/victims.tsv");
    private final Figures numbers = new Figures(victims);

    List<Toll> read(Sentence s) {
        return read(s, Words.of(s.text()), "");
    }

    /**
     * The tolls of a sentence whose words were already split; {@code paragraphBefore}, the text of its paragraph
     * before it, says who "she" or "he" is.
     */
    List<Toll> read(Sentence s, Words sentenceWords, String paragraphBefore) {
        String text = s.text();
        List<Lexicon.Match> casualtyWords = words.find(sentenceWords);
        Matcher hit = NamedVictims.BODY_HIT.matcher(text.contains("hit") || text.contains("struck") ? text : "");
        if (hit.find()) {
            NamedVictims.Named one = named.pronounBefore(text, hit.start());
            if (one != null) { // "she, too, had been struck - in the chest"
                return List.of(new Toll(Toll.Kind.INJURED, Count.exactly(1), childToldOf(paragraphBefore, text, one),
                        s.start() + one.start(), s.start() + hit.end(), false, false, true));
            }
        }
        if (casualtyWords.isEmpty()) {
            Toll among = AMONG_THEM.matcher(text).lookingAt() ? childrenAmongThem(s, text, paragraphBefore) : null;
            return among == null ? List.of() : List.of(among); // no "killed", "injured", "deaths", "toll": nothing to count
        }
        Told t = new Told(s, text, paragraphBefore, casualtyWords, numbers.read(text));
        for (Reading reading : readings) {
            reading.read(t);
        }
        return t.out();
    }

    /** One sentence's figures as the readings go over them: those already used, and the tolls read so far. */
    private record Told(Sentence s, String text, String paragraphBefore, List<Lexicon.Match> casualtyWords, List<Figure> figures,
                        Set<Figure> used, List<Toll> out) {
        Told(Sentence s, String text, String paragraphBefore, List<Lexicon.Match> casualtyWords, List<Figure> figures) {
            this(s, text, paragraphBefore, casualtyWords, figures, new HashSet<>(), new ArrayList<>());
        }
    }

    /** One reading of a sentence's tolls: it adds those it reads and marks the figures it used. */
    @FunctionalInterface
    private interface Reading {
        void read(Told t);
    }

    /** The readings of a sentence with casualty words, in order: each may use figures the later ones then pass over. */
    private final List<Reading> readings = List.of(
            this::noneHurt,          // "no one was hurt", "without casualties"
            this::risenTo,           // "the death toll has risen to 26"
            this::byCasualtyWord,    // "at least 11 were injured", "killing three women and two children", "killed Ahmed and Sara"
            t -> andMore(t.s(), t.figures(), t.used(), t.out()),             // "killing 19 in X and 35 people a week later in Y"
            this::moreElsewhere,     // "three were wounded in Illinivka, three more in Vyshneve, and one in Avdiivka"
            t -> includedParts(t.s(), t.figures(), t.used(), t.out()),       // "including two children and a woman"
            t -> allBut(t.s(), t.figures(), t.out()));                       // "30 killed, all but two of them in Kyiv"

    private void noneHurt(Told t) {
        Matcher none = NONE.matcher(t.text());
        while (none.find()) {
            String w = none.group(2).toLowerCase(Locale.ROOT);
            int at = t.s().start() + none.start();
            if (!w.equals("killed") && !w.equals("dead") && !w.equals("deaths") && !w.equals("fatalities")) {
                t.out().add(new Toll(Toll.Kind.INJURED, Count.ZERO, null, at, t.s().start() + none.end(), false));
            }
            if (!w.startsWith("injur") && !w.equals("hurt") && !w.equals("wounded")) {
                t.out().add(new Toll(Toll.Kind.KILLED, Count.ZERO, null, at, t.s().start() + none.end(), false));
            }
        }
    }

    private void risenTo(Told t) {
        risenTo(t, UPDATE.matcher(t.text()));
        risenTo(t, REVISED.matcher(t.text()));
    }

    private void risenTo(Told t, Matcher up) {
        while (up.find()) {
            Figure f = figureAt(t.figures(), up.end());
            if (f != null) {
                t.used().add(f);
                String what = up.group(1).toLowerCase(Locale.ROOT);
                Toll.Kind kind = what.contains("injur") || what.contains("wound") ? Toll.Kind.INJURED : Toll.Kind.KILLED;
                t.out().add(new Toll(kind, f.count(), children(t.text(), f, t.figures()), t.s().start() + up.start(), t.s().start() + f.end(), true));
            }
        }
    }

    /** Each "killed" or "injured" word with what it counts: a figure, a list of figures, or people named or told of. */
    private void byCasualtyWord(Told t) {
        String text = t.text();
        for (Lexicon.Match w : t.casualtyWords()) {
            List<Toll.Kind> kinds = switch (w.value()) {
                case "killed" -> List.of(Toll.Kind.KILLED);
                case "injured" -> List.of(Toll.Kind.INJURED);
                default -> List.of();
            };
            if (kinds.isEmpty() || inNegation(text, w.start())) {
                continue;
            }
            boolean more = ALSO_BEFORE.matcher(text.substring(Math.max(0, w.start() - 60), w.start())).find();
            Figure f = link(text, w, t.figures(), t.used());
            if (f == null) {
                f = nameBeforeKin(text, w);
            }
            if (f == null) {
                peopleToldOf(t, w, kinds, more);
            } else if (!(f.child() && !f.personNoun() && f.count().best() == null)) {
                t.used().add(f);
                List<Figure> members = new ArrayList<>(List.of(f));
                for (Figure next = listed(text, members, t.figures(), t.used()); next != null; next = listed(text, members, t.figures(), t.used())) {
                    t.used().add(next); // "three women and two children", "a man, his wife and their three children"
                    members.add(next);
                }
                if (members.size() > 1) {
                    listedMembers(t, w, kinds, members);
                } else {
                    oneFigure(t, w, kinds, f, more);
                }
            }
        }
    }

    /**
     * "killing Ahmed Saleh, his wife Mariam and their three children": a name right after a casualty verb, followed by
     * his or her kin, is one person at the head of a list. Null when no such name follows.
     */
    private static Figure nameBeforeKin(String text, Lexicon.Match w) {
        Matcher m = NAME_THEN_KIN.matcher(text).region(w.end(), text.length());
        return m.lookingAt() ? new Figure(m.start(1), m.end(1), Count.exactly(1), false, true, false) : null;
    }

    /** "Ahmed and his wife Sara were killed", "she was injured": people told of without a figure. */
    private void peopleToldOf(Told t, Lexicon.Match w, List<Toll.Kind> kinds, boolean more) {
        String text = t.text();
        NamedVictims.Named one = named.pronounBefore(text, w.start());
        NamedVictims.Named subject = one != null ? one : named.subjectBefore(text, w.start());
        NamedVictims.Named listed = subject != null ? null : named.listAfter(text, w.end());
        NamedVictims.Named objects = subject != null || listed != null ? null : named.objectsAfter(text, w.end());
        NamedVictims.Named people = subject != null ? subject : listed != null ? listed : objects;
        if (people != null) {
            Count n = listed != null ? Count.atLeast(people.count()) : Count.exactly(people.count()); // "those killed included A and B": at least
            Count kids = one != null ? childToldOf(t.paragraphBefore(), text, one) : null;
            kinds.forEach(k -> t.out().add(new Toll(k, n, kids, t.s().start() + Math.min(w.start(), people.start()),
                    t.s().start() + Math.max(w.end(), people.end()), false, more, true)));
        }
    }

    /** "three women and two children were killed": the sum, with the children in it. */
    private static void listedMembers(Told t, Lexicon.Match w, List<Toll.Kind> kinds, List<Figure> members) {
        Count sum = null, kids = null;
        for (Figure m : members) {
            sum = sum == null ? m.count() : sum.plus(m.count());
            kids = m.child() ? (kids == null ? m.count() : kids.plus(m.count())) : kids;
        }
        int from = Math.min(w.start(), members.stream().mapToInt(Figure::start).min().orElseThrow());
        int to = Math.max(w.end(), members.stream().mapToInt(Figure::end).max().orElseThrow());
        for (Toll.Kind k : kinds) {
            t.out().add(new Toll(k, sum, kids, t.s().start() + from, t.s().start() + to, false));
        }
    }

    /** "at least 11 were injured, including two children", "five of the dead were children", "along with her husband". */
    private void oneFigure(Told t, Lexicon.Match w, List<Toll.Kind> kinds, Figure f, boolean more) {
        String text = t.text();
        Count kids = f.child() ? f.count() : children(text, f, t.figures());
        Matcher were = WERE_AFTER.matcher(text.substring(w.end()));
        if (kids == null && f.end() <= w.start() && were.lookingAt() && "child".equals(victims.valueOf(were.group(1)))) {
            kids = f.count(); // "five of the dead were children"
        }
        Count count = f.count();
        Matcher along = ALONG_WITH.matcher(text.substring(Math.max(f.end(), w.end())));
        String with = along.lookingAt() ? victims.valueOf(along.group(1)) : null;
        if ("person".equals(with) || "child".equals(with)) {
            count = count.plus(Count.exactly(1)); // "her son was injured, along with her husband"
            kids = "child".equals(with) ? (kids == null ? Count.ZERO : kids).plus(Count.exactly(1)) : kids;
        }
        for (Toll.Kind k : kinds) {
            t.out().add(new Toll(k, count, kids, t.s().start() + Math.min(f.start(), w.start()), t.s().start() + Math.max(f.end(), w.end()),
                    false, more, false));
        }
    }

    /**
     * "killing 19 people ... in Kryvyi Rih and 35 people a week later in an Easter strike on Sumy": a count of people
     * joined by "and" to the objects of a casualty verb told before it in the sentence is another toll of that verb.
     */
    private void andMore(Sentence s, List<Figure> figures, Set<Figure> used, List<Toll> out) {
        String text = s.text();
        for (Figure f : figures) {
            if (used.contains(f) || !f.personNoun() || f.included() || !AND_BEFORE.matcher(text.substring(Math.max(0, f.start() - 8), f.start())).find()) {
                continue;
            }
            Toll before = null;
            for (Toll t : out) {
                if (t.end() - s.start() <= f.start() && !t.named() && !t.update()) {
                    before = t;
                }
            }
            if (before != null && VERB_TOLL.matcher(text.substring(before.start() - s.start(), before.end() - s.start())).lookingAt()) {
                used.add(f);
                out.add(new Toll(before.kind(), f.count(), f.child() ? f.count() : null, s.start() + f.start(), s.start() + f.end(), false));
            }
        }
    }

    /**
     * "Three residents were wounded in Illinivka, three more in Vyshneve, and one in Avdiivka": a bare figure that
     * is a list's next item and is told at a place goes on the list of the toll told before it, of the same kind.
     */
    private void moreElsewhere(Told t) {
        String text = t.text();
        for (Figure f : t.figures()) {
            if (t.used().contains(f) || f.count().best() == null || !AT_PLACE_AFTER.matcher(text.substring(f.end())).lookingAt()
                    || !NEXT_ITEM_BEFORE.matcher(text.substring(Math.max(0, f.start() - 8), f.start())).find()) {
                continue;
            }
            Toll before = null;
            for (Toll o : t.out()) {
                if (o.end() - t.s().start() <= f.start() && !o.named() && !o.update() && o.count().best() != null && o.count().best() > 0) {
                    before = o;
                }
            }
            if (before != null) {
                t.used().add(f);
                t.out().add(new Toll(before.kind(), f.count(), f.child() ? f.count() : null, t.s().start() + f.start(), t.s().start() + f.end(), false));
            }
        }
    }

    /**
     * "38 were killed across Gaza, ..., including 12 people who were waiting for food in Khan Younis": people (not
     * children) counted inside a toll told before are a part of it, of the same kind; the place they are told at
     * takes them, and where it is the toll's own place the larger total stands.
     */
    private static void includedParts(Sentence s, List<Figure> figures, Set<Figure> used, List<Toll> out) {
        for (Figure f : figures) {
            if (used.contains(f) || !f.included() || !f.personNoun() || f.child() || f.count().best() == null) {
                continue;
            }
            Toll whole = null;
            for (Toll t : out) {
                if (t.end() - s.start() <= f.start() && !t.named() && t.count().best() != null && t.count().best() > f.count().best()) {
                    whole = t;
                }
            }
            if (whole != null) {
                used.add(f);
                out.add(new Toll(whole.kind(), f.count(), null, s.start() + f.start(), s.start() + f.end(), false));
            }
        }
    }

    /** Adds, for "N killed, all but two of them in Kyiv", N - 2 at the place after "all but": the rest of the total is elsewhere. */
    private static void allBut(Sentence s, List<Figure> figures, List<Toll> out) {
        Matcher m = ALL_BUT.matcher(s.text());
        while (m.find()) {
            Figure except = figureAt(figures, m.start(1));
            Toll total = null;
            for (Toll t : out) {
                if (t.end() <= s.start() + m.start() && t.count().best() != null) {
                    total = t;
                }
            }
            if (except == null || except.count().best() == null || total == null || except.count().best() >= total.count().best()) {
                continue;
            }
            int rest = total.count().best() - except.count().best();
            Toll whole = total;
            out.removeIf(t -> t != whole && t.start() - s.start() <= except.start() && t.end() - s.start() >= except.end());
            out.add(new Toll(total.kind(), new Count(rest, rest, null), null, s.start() + m.start(), s.start() + m.end(), false));
        }
    }

    private static boolean inNegation(String text, int at) {
        String before = text.substring(Math.max(0, at - 25), at).toLowerCase(Locale.ROOT);
        return NEGATED.matcher(before).find();
    }

    /** The figure a casualty word counts: after it for "killing two" and "killed at least 13", else before it. */
    private Figure link(String text, Lexicon.Match w, List<Figure> figures, Set<Figure> used) {
        String word = w.text().toLowerCase(Locale.ROOT);
        boolean noun = word.endsWith("s") && !word.equals("kills") || word.equals("dead") || word.equals("death");
        boolean passive = PASSIVE.matcher(text.substring(Math.max(0, w.start() - 30), w.start())).find();
        Matcher copula = COPULA_AFTER.matcher(text.substring(w.end()));
        if (!noun && !passive || copula.lookingAt()) { // "killing two", "among the dead were two children"
            int at = w.end() + (copula.lookingAt() ? copula.end() : 0);
            Matcher owner = OWNER_AFTER.matcher(text.substring(at));
            Figure after = figureAt(figures, at + (owner.lookingAt() ? owner.end() : 0)); // "killing his two sons"
            if (after != null && !used.contains(after)) {
                return after;
            }
            Matcher the = THE_ONE.matcher(text.substring(at));
            String kind = the.lookingAt() && !the.group(1).endsWith("s") && !GROUPS.contains(the.group(1).toLowerCase(Locale.ROOT))
                    ? victims.valueOf(the.group(1)) : null;
            if (!noun && ("person".equals(kind) || "child".equals(kind))) {
                return new Figure(at + the.start(1), at + the.end(), Count.exactly(1), "child".equals(kind), true, false); // "killing the driver"
            }
        }
        if (noun) {
            Figure before = figureBefore(text, figures, w.start(), 1, used);
            if (before != null) {
                return before;
            }
        }
        return figureBefore(text, figures, w.start(), 12, used);
    }

    /**
     * A figure of people joined to the list so far: by "and" on either side ("three women and two children were
     * killed", "killing a mother and her son"), or by a comma after one person ("a man, his wife and their three
     * children"; not "two people, a woman and her son", where the names retell the two).
     */
    private Figure listed(String text, List<Figure> members, List<Figure> figures, Set<Figure> used) {
        Figure first = members.get(0), last = members.get(0);
        for (Figure m : members) {
            first = m.start() < first.start() ? m : first;
            last = m.end() > last.end() ? m : last;
        }
        if (!first.personNoun()) {
            return null;
        }
        for (Figure g : figures) {
            if (used.contains(g) || members.contains(g) || !g.personNoun()) {
                continue;
            }
            Figure before = g.end() <= first.start() ? g : last.end() <= g.start() ? last : null;
            if (before == null) {
                continue;
            }
            String gap = text.substring(before.end(), before == g ? first.start() : g.start());
            boolean joined = AND_BETWEEN.matcher(gap).matches() || LIST_COMMA.matcher(gap).matches() && Integer.valueOf(1).equals(before.count().best());
            if (joined && words.find(gap).isEmpty() && !VERB.matcher(gap).find()) {
                return g;
            }
        }
        return null;
    }

    /** A figure that starts right at (or a word or two after) {@code pos}. */
    private static Figure figureAt(List<Figure> figures, int pos) {
        for (Figure f : figures) {
            if (f.start() >= pos && f.start() - pos <= 3) {
                return f;
            }
        }
        return null;
    }

    /** "13 people, including", "13 - including": a count of people, not "25 drones over several cities, including". */
    private static boolean countsPeople(String text, Figure f, int until) {
        String next = text.substring(f.end(), until).strip();
        return f.personNoun() || next.isEmpty() || !Character.isLetter(next.charAt(0));
    }

    /** The nearest unused figure ending before {@code pos} with at most {@code maxWords} words between. */
    private static Figure figureBefore(String text, List<Figure> figures, int pos, int maxWords, Set<Figure> used) {
        Matcher inclusion = INCLUSION.matcher(text.substring(0, pos));
        int inc = -1;
        while (inclusion.find()) {
            inc = inclusion.start();
        }
        if (inc >= 0 && pos - inc < 90) {
            Figure head = null;
            for (Figure f : figures) {
                if (f.end() <= inc && inc - f.end() <= 40 && !used.contains(f) && countsPeople(text, f, inc)) {
                    head = f;
                }
            }
            if (head != null) {
                return head; // "13 people - including two children - were injured": the total, not the children
            }
        }
        Figure best = null;
        for (Figure f : figures) {
            if (f.end() <= pos && !used.contains(f) && !f.included()) {
                best = f;
            }
        }
        if (best == null) {
            return null;
        }
        String gap = text.substring(best.end(), pos).strip();
        int words = gap.isEmpty() ? 0 : gap.split("[\\s,]+").length;
        return words <= maxWords && !gap.contains(";") ? best : null;
    }

    /** "injured three others - one of whom was a four-year-old child": the children among the total. */
    private Count ofWhomChildren(String after) {
        Matcher m = OF_WHOM.matcher(after);
        if (!m.find()) {
            return null;
        }
        Integer n = numbers.value(m.group(1));
        boolean young = m.group(2) != null && numbers.value(m.group(2)) != null && numbers.value(m.group(2)) < 18;
        boolean child = young || "child".equals(victims.valueOf(m.group(3)));
        return n != null && child ? Count.exactly(n) : null;
    }

    /** Children said to be inside a toll: "including a 13-year-old girl", "among them two children". */
    private Count children(String text, Figure total, List<Figure> figures) {
        Matcher inc = INCLUDING.matcher(text.substring(total.end()));
        if (!inc.find()) {
            return ofWhomChildren(text.substring(total.end()));
        }
        int including = total.end() + inc.start(1);
        if (figures.stream().anyMatch(f -> f.start() >= total.end() && f.end() < including - 1)) {
            return null; // "killing three and injuring 21, including a child": the child is among the injured
        }
        int at = total.end() + inc.end();
        Count kids = null;
        for (Figure f = figureAt(figures, at); f != null; f = nextListed(text, figures, f)) {
            kids = !f.child() ? kids : kids == null ? f.count() : kids.plus(f.count()); // "including two women and two children"
        }
        return kids != null ? kids : ofWhomChildren(text.substring(total.end()));
    }

    /** The figure joined to {@code f} by a comma or "and" in a list of parts ("two women and two children"), or null. */
    private static Figure nextListed(String text, List<Figure> figures, Figure f) {
        for (Figure g : figures) {
            if (g.start() >= f.end() && PART_GAP.matcher(text.substring(f.end(), g.start())).matches()) {
                return g;
            }
        }
        return null;
    }

    /**
     * Whom "she" or "he" stands for, by the last one person of an age told before ("Sixteen-year-old Nimra stood
     * outside ... she had been struck"): one child when that person was under 18; else null.
     */
    private Count childToldOf(String paragraphBefore, String text, NamedVictims.Named one) {
        String before = paragraphBefore + " " + text.substring(0, one.start());
        Figure last = null;
        for (Figure f : numbers.read(before)) {
            last = f.personNoun() && before.substring(f.start(), f.end()).contains("year") ? f : last; // "a 12-year-old girl", not "her mother"
        }
        return last != null && last.child() && Integer.valueOf(1).equals(last.count().best()) ? Count.exactly(1) : null;
    }

    /**
     * "Three people were injured. Among them was a 12-year-old girl.": the children told after the toll before, of its
     * kind (the last casualty word of the paragraph), at least as many in all. Null when there are none.
     */
    private Toll childrenAmongThem(Sentence s, String text, String paragraphBefore) {
        Count kids = null;
        int end = 0;
        for (Figure f : numbers.read(text)) {
            if (f.child() && f.start() >= end) { // "a 12-year-old girl" is read from "a" and from "12": one child
                kids = kids == null ? f.count() : kids.plus(f.count());
                end = f.end();
            }
        }
        List<Lexicon.Match> before = words.find(Words.of(paragraphBefore));
        String kind = before.isEmpty() ? null : before.get(before.size() - 1).value();
        if (kids == null || kids.best() == null || !"killed".equals(kind) && !"injured".equals(kind)) {
            return null;
        }
        return new Toll(kind.equals("killed") ? Toll.Kind.KILLED : Toll.Kind.INJURED, Count.atLeast(kids.best()), kids,
                s.start(), s.end(), false);
    }
}
