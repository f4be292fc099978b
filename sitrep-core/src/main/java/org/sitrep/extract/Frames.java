package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.NumberWords;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.DateMention;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;

/**
 * Collects the sentences of one article into attack frames, one per place and date, and turns them into
 * events. Sentences are added in text order; see {@link RuleEventExtractor} for the rules.
 */
final class Frames {

    private static final Pattern DAYS_RELATIVE = Pattern.compile("(?i)\\b(" + NumberWords.english().pattern() + ") (days?|weeks?) (after|before|earlier)\\b");
    private static final int FRAME_REACH_PARAGRAPHS = 1;
    /** "Four people were killed there": a toll that points back to the place last reported. */
    private static final Pattern THERE = Pattern.compile("(?i)\\b(there|in the (?:city|town|village|area))\\b");
    /** "in response to Hamas's attack on 7 October": what follows is an earlier attack, the cause of what precedes. */
    private static final Pattern RESPONSE = Pattern.compile("(?i)\\b(?:in (?:response|retaliation|reprisal) (?:to|for)|in revenge for|to avenge)\\b");
    /** "In 2016, after 19 soldiers were killed in Uri, India ...": an earlier attack told before the main clause. */
    private static final Pattern AFTER_CLAUSE = Pattern.compile("(?i)(?:in \\d{4},\\s+)?after\\s+([^,;]{10,160}),\\s");
    private static final Pattern OWN_PEOPLE = Pattern.compile("(?i)\\b(?:\\d[\\d,]*|[a-z]+(?:-[a-z]+)?)\\s+of\\s+its\\s+");
    /** "Key Iranian commanders", "Russian soldiers": the people of a country, by its adjective. */
    private static final Pattern PEOPLE_OF = Pattern.compile("\\b(\\p{Lu}[a-z]+)\\s+(?:[a-z-]+\\s+)?(?:commanders|generals|officers|scientists|officials|soldiers|troops|servicemen|civilians|citizens)\\b");
    /** "in southern Gaza": the text names only part of a region. */
    private static final Pattern SIDE_BEFORE = Pattern.compile("(?i)\\b(north|south|east|west)(?:ern)\\s+$");
    private static final Pattern REGION_WORD = Pattern.compile("(?i)\\b(?:region|oblast|province|governorate|district)s?$");
    private static final Pattern ANOTHER = Pattern.compile("(?i)(?:later|separately|elsewhere|in (?:another|a separate|a second)\\b)");
    /** "On Monday, the RSF targeted the city's airport", "a naval base north of the city": the place just named, on another day. */
    private static final Pattern THE_TOWN = Pattern.compile("(?i)\\bthe (?:city|town|village|port)(?:'s|’s|\\s+cent(?:re|er)\\b)"
            + "|\\b(?:(?:north|south|east|west)(?:-(?:east|west))?|outskirts) of the (?:city|town|village)\\b");
    /** "the city suffered damage": the town named last, not the region told after it. */
    private static final Pattern THE_CITY = Pattern.compile("(?i)\\bthe (?:city|town)\\b(?!\\s+of\\b)");
    /** "gathered at the site of the cruise missile attack": a place where an attack already told fell, no new one. */
    private static final Pattern SITE_OF = Pattern.compile("(?i)\\b(?:site|scene) of (?:the|last \\w+['’]s) (?:[\\w-]+ ){0,3}(?:attack|strike|bombing|shelling|blast)\\b");
    private static final Pattern BLAME = Pattern.compile("(?i)\\b(?:blam|accus)");
    private static final Pattern EARLIER_TAIL = Pattern.compile("(?i),\\s+(?:(?:" + NumberWords.english().pattern() + "|several|just|only)\\s+)?(?:days?|hours?|weeks?)\\s+after\\s");
    private static final Pattern ACROSS_BEFORE = Pattern.compile("(?i)\\b(?:across|throughout)\\s+(?:the\\s+)?$");

    private final Article article;
    private final EventIds ids;
    private final StruckPlaces struck;
    private final EventDate mainDate;
    /** A look back at an earlier week: a sentence that gives no date goes on at the last day the text named. */
    private final boolean lookBack;
    private DateMention lastDay;
    /** The last town or site named, in any role: where "here" is for a reporter at a place near it. */
    private PlaceMention lastTown;
    private final List<Actor> attackers;
    private final List<Actor> mentioned;
    private final List<Frame> frames = new ArrayList<>();
    private final List<SentenceReading> pending = new ArrayList<>();
    private Frame current;
    private PlaceMention recentPlace;
    private List<String> leadWeapons;
    private Actor leadAttacker;
    /** The attacker the last attack report named. */
    private Actor toldAttacker;

    Frames(Article article, EventIds ids, EventDate mainDate, boolean lookBack, List<Actor> attackers, List<Actor> mentioned,
           java.util.function.Predicate<String> actorNames) {
        this.lookBack = lookBack;
        this.article = article;
        this.ids = ids;
        this.struck = new StruckPlaces(article.text(), actorNames);
        this.mainDate = mainDate;
        this.attackers = attackers;
        this.mentioned = mentioned;
    }

    void add(SentenceReading r) {
        read(r);
        r.places().stream().filter(p -> p.location().level().ordinal() < Location.Level.ADMIN1.ordinal()).reduce((a, b) -> b)
                .ifPresent(p -> lastTown = p);
        r.dates().stream().filter(d -> d.date().precision() == EventDate.Precision.DAY).reduce((a, b) -> b)
                .ifPresent(d -> lastDay = d);
    }

    private void read(SentenceReading r) {
        Sentence s = r.sentence();
        if (leadWeapons == null && r.reportsAttack() && !r.weapons().isEmpty()) {
            leadWeapons = r.weapons();
            leadAttacker = r.attacker();
        }
        Clause cause = cause(r);
        if (r.reportsAttack() && r.attacker() != null && cause == null) {
            toldAttacker = r.attacker(); // "Iran later fired missiles at Israel ... In Haifa, a missile hit a building"
        }
        if (cause != null) {
            r = cause.reading();
        }
        List<PlaceMention> kept = cause != null ? cause.places() : struck.of(r);
        PlaceMention previous = recentPlace;
        kept.stream().filter(p -> p.location().level() != Location.Level.COUNTRY).reduce((a, b) -> b)
                .ifPresent(p -> recentPlace = p); // not where the wounded were taken, nor a place named for its government
        if (previous != null && previous.sentence() < s.index() - 2 && recentPlace == previous) {
            recentPlace = null;
        }
        if (r.reportsAttack() && r.tolls().isEmpty() && SITE_OF.matcher(s.text()).find()) {
            Frame told = r.places().stream().map(p -> placeTold(p.location(), null)).filter(Objects::nonNull).findFirst().orElse(null);
            PlaceMention within = told != null || current == null ? null
                    : kept.stream().filter(p -> withinPlace(p.location(), current.location())).findFirst().orElse(null);
            if (within != null) { // "killed in a strike on a train in Ukraine ... the site of the attack in the Kharkiv region": where it was
                told = frame(within.location(), current.date(), current.side());
                told.placeNamed(within, s.index());
                told.sceneOfToldAttack();
            }
            if (told != null) { // "at the site of the cruise missile attack": the attack told before there, no new one
                current = told;
                told.absorb(r, List.of(), false);
            }
            return;
        }
        if (!r.reportsAttack()) {
            if (current != null && near(current, s) && lastTown != null && lastTown.location().geonameId() != null
                    && current.location().level() == Location.Level.ADMIN1
                    && Objects.equals(lastTown.location().admin1(), current.location().name()) && THE_CITY.matcher(s.text()).find()) {
                current = frame(lastTown.location(), current.date(), current.side()); // "drones were downed over the region. Still, the city was hit"
            }
            if (current != null && near(current, s)) {
                r.tolls().stream().filter(t -> Objects.equals(t.count().best(), 0)).forEach(t -> current.toll(t, false));
                if (!r.targets().isEmpty() && Frame.DAMAGE.matcher(s.text()).find()) {
                    current.targets(r, s);
                }
                if (current.attacker() == null && r.attacker() != null && BLAME.matcher(s.text()).find()) {
                    current.blame(r.attacker(), s); // "The army blamed the RSF for the attack."
                }
            }
            return;
        }
        EventDate date = dateOf(r, null);
        List<PlaceMention> places = kept;
        if (places.isEmpty()) {
            Placeless told = new Placeless(r, date, cause != null && r.dates().isEmpty());
            for (PlacelessReading reading : placelessReadings) {
                if (reading.take(told)) {
                    break;
                }
            }
            return;
        }
        Frame last = null;
        for (PlaceMention p : places) {
            String before = article.text().substring(Math.max(s.start(), p.start() - 20), p.start());
            Matcher part = SIDE_BEFORE.matcher(before);
            String side = part.find() && p.location().level().ordinal() >= Location.Level.ADMIN1.ordinal()
                    && !REGION_WORD.matcher(p.text()).find() ? part.group(1).toLowerCase(Locale.ROOT) : null; // "in southern Gaza", not "the western Khmelnytskyi region"
            Frame known = lookBack && r.dates().isEmpty() ? placeTold(p.location(), side) : null;
            EventDate when = dateOf(r, p);
            Frame f = known != null ? known : frame(p.location(), when, side);
            if (lookBack && lastDay != null && when.equals(lastDay.date()) && !f.told("date")) {
                f.told(new Evidence("date", lastDay.start(), lastDay.end(), lastDay.text())); // the day the story had reached
            }
            if (ACROSS_BEFORE.matcher(before).find()) {
                f.toldAcross();
            }
            if (ANOTHER.matcher(s.text()).lookingAt()) {
                f.toldApart();
            }
            if (r.attackWord() && byAdjective(p)) {
                f.toldHitByAdjective(); // "hit back at Indian military installations"
            }
            List<PlaceMention> named = r.places();
            List<Toll> mine = r.tolls().stream().filter(t -> struck.tellsOf(t, p, places) && !struck.joint(t, p, named)).toList();
            f.absorb(r, mine, true);
            Actor who = r.attackerOf(p);
            f.attackerOfPlace(who, s.index());
            f.placeNamed(p, s.index());
            if (last == null || !EARLIER_TAIL.matcher(article.text().substring(s.start(), p.start())).find()) {
                last = f; // "struck Hodeidah on Monday, days after the group fired a missile towards Tel Aviv": what follows is Hodeidah's
            }
        }
        if (current == null && !pending.isEmpty()) {
            pending.forEach(x -> frames.get(0).absorb(x, x.tolls(), false));
            pending.clear();
        }
        current = last;
    }

    /** An attack sentence that names no place, with its date; {@code anaphora}: "in response to the attack, in which ...". */
    private record Placeless(SentenceReading r, EventDate date, boolean anaphora) {
    }

    /** One reading of where a sentence that names no place belongs: true when it took the sentence. */
    @FunctionalInterface
    private interface PlacelessReading {
        boolean take(Placeless p);
    }

    /** Where an attack sentence that names no place goes, tried in order: the first that takes it wins. */
    private final List<PlacelessReading> placelessReadings = List.of(
            this::ownLossesOf,    // "Iran has said six of its scientists were killed": the attack on that country
            this::placeOfSource,  // "Nasser hospital in Khan Younis received 12 bodies": the attack told there that day
            this::goesOn,         // the frame just told, near and at the same time ("Nine people were killed there")
            this::spokenHere,     // "We have had drones here": the town the reporter was taken to
            this::beforeAnyPlace, // a lead that names its place later: kept until the first frame
            this::recentPlace,    // the place named in the last two sentences, for a toll or "the city" told after it
            this::townToldOf);    // "Last month, a strike on the city's university": the town told of

    private boolean ownLossesOf(Placeless p) {
        Frame own = ownLosses(p.r(), p.date());
        if (own == null) {
            return false;
        }
        own.absorb(p.r(), p.r().tolls(), true);
        return true;
    }

    private boolean placeOfSource(Placeless p) {
        Frame named = p.r().tolls().isEmpty() ? null : frameOfPlaceNamed(p.r(), p.date());
        if (named == null) {
            return false;
        }
        named.absorb(p.r(), p.r().tolls(), false);
        return true;
    }

    private boolean goesOn(Placeless p) {
        SentenceReading r = p.r();
        Sentence s = r.sentence();
        boolean refersBack = current != null && r.dates().isEmpty() && !r.tolls().isEmpty()
                && (frames.size() == 1 || THERE.matcher(s.text()).find());
        if (current == null || !(near(current, s) || refersBack)
                || !(Frame.sameTime(current.date(), p.date()) || !p.date().resolved() || p.anaphora())) {
            return false;
        }
        current.absorb(r, r.tolls(), false);
        return true;
    }

    private boolean spokenHere(Placeless p) {
        if (current != null || lastTown == null || !p.r().here()) {
            return false;
        }
        current = frame(lastTown.location(), p.date(), null);
        current.absorb(p.r(), p.r().tolls(), false);
        return true;
    }

    private boolean beforeAnyPlace(Placeless p) {
        if (current != null || recentPlace != null && THE_TOWN.matcher(p.r().sentence().text()).find()) {
            return false;
        }
        pending.add(p.r());
        return true;
    }

    private boolean recentPlace(Placeless p) {
        if (recentPlace == null || p.r().tolls().isEmpty() && !THE_TOWN.matcher(p.r().sentence().text()).find()) {
            return false;
        }
        current = frame(recentPlace.location(), p.date(), null);
        current.absorb(p.r(), p.r().tolls(), false);
        return true;
    }

    private boolean townToldOf(Placeless p) {
        if (lastTown == null || !THE_TOWN.matcher(p.r().sentence().text()).find()) {
            return false;
        }
        current = frame(lastTown.location(), p.date(), null);
        current.absorb(p.r(), p.r().tolls(), false);
        return true;
    }

    /**
     * "Iran has confirmed that at least six of its nuclear scientists were killed", "Key Iranian commanders have
     * also been killed": a country that tells of its own dead, or dead named by its people's adjective, speaks of
     * the attack on it. That country's frame at the time, or null.
     */
    private Frame ownLosses(SentenceReading r, EventDate date) {
        if (r.tolls().isEmpty()) {
            return null;
        }
        String text = r.sentence().text();
        boolean own = OWN_PEOPLE.matcher(text).find();
        Matcher people = PEOPLE_OF.matcher(text);
        String adjective = people.find() ? people.group(1) : null;
        for (Frame f : frames) {
            boolean named = own && r.places().stream().anyMatch(p -> p.location().level() == Location.Level.COUNTRY && Frame.samePlace(f.location(), p.location()));
            if (f.location().level() == Location.Level.COUNTRY && Frame.sameTime(f.date(), date) && (named || adjective != null && Frame.adjectiveOf(adjective, f.location().name()))) {
                return f;
            }
        }
        return null;
    }

    /** The part of a sentence after "in response to", read as a sentence of its own, with the places it names. */
    private record Clause(SentenceReading reading, List<PlaceMention> places) {
    }

    /**
     * "Israel launched a campaign in Gaza in response to Hamas's cross-border attack on 7 October 2023, in which
     * about 1,200 people were killed": the figures after "in response to" belong to the earlier attack named
     * there, at its own place and date and by its own attacker, not to the response. The attack fell where the
     * clause says ("on southern Israel"), else on the responding country. A figure makes it one attack, even in a
     * sentence that also speaks of time in general ("It has been 20 months since..."). Null when the sentence
     * has no such clause or no figure in it.
     */
    private Clause cause(SentenceReading r) {
        Sentence s = r.sentence();
        if (r.tolls().isEmpty()) {
            return null;
        }
        Matcher before = AFTER_CLAUSE.matcher(s.text());
        if (before.lookingAt()) {
            return earlierClause(r, s.start() + before.start(1), s.start() + before.end(1));
        }
        Matcher m = RESPONSE.matcher(s.text());
        if (!m.find()) {
            return null;
        }
        int cut = s.start() + m.end();
        List<Toll> tolls = r.tolls().stream().filter(t -> t.start() >= cut).toList();
        if (tolls.isEmpty()) {
            return null;
        }
        List<PlaceMention> after = struck.of(r).stream().filter(p -> p.start() >= cut).toList();
        if (after.isEmpty()) {
            after = r.places().stream().filter(p -> p.start() < cut && p.location().level() == Location.Level.COUNTRY).limit(1).toList();
        }
        SentenceReading clause = new SentenceReading(s, r.places().stream().filter(p -> p.start() >= cut).toList(),
                r.dates().stream().filter(d -> d.start() >= cut).toList(), r.attackWord(), r.weapons(), r.targets(), tolls,
                r.attackers().stream().filter(n -> s.start() + n.at() >= cut).toList(), r.sources(), false, r.words());
        return new Clause(clause, after);
    }

    /**
     * "In 2016, after 19 Indian soldiers were killed in Uri, India launched strikes": the clause from {@code from} to
     * {@code to} is the earlier attack, with its own figures and places and none of the main clause's attackers.
     * Null when no figure is in it.
     */
    private Clause earlierClause(SentenceReading r, int from, int to) {
        Sentence s = r.sentence();
        List<Toll> tolls = r.tolls().stream().filter(t -> t.start() >= from && t.end() <= to).toList();
        if (tolls.isEmpty()) {
            return null;
        }
        List<PlaceMention> inside = struck.of(r).stream().filter(p -> p.start() >= from && p.end() <= to).toList();
        SentenceReading clause = new SentenceReading(s, r.places().stream().filter(p -> p.start() >= from && p.end() <= to).toList(),
                r.dates().stream().filter(d -> d.end() <= to).toList(), r.attackWord(), List.of(), r.targets(), tolls,
                r.attackers().stream().filter(n -> s.start() + n.at() >= from && s.start() + n.at() < to).toList(), r.sources(), false, r.words());
        return new Clause(clause, inside);
    }

    /** A country named by its adjective: the place finder reads one only before what was hit there. */
    private static boolean byAdjective(PlaceMention p) {
        return p.location().level() == Location.Level.COUNTRY && !p.text().equals(p.location().name()) && Frame.adjectiveOf(p.text(), p.location().name());
    }

    private boolean near(Frame f, Sentence s) {
        return s.paragraph() - f.lastParagraph() <= FRAME_REACH_PARAGRAPHS;
    }

    /**
     * The date of what a sentence reports at a place: "a day after X" or "two weeks after X" puts X (a
     * place inside that clause) before the main date; else the sentence's own date, the date of the frame
     * it continues, or the article's main date.
     */
    private EventDate dateOf(SentenceReading r, PlaceMention place) {
        String text = r.sentence().text();
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher rel = DAYS_RELATIVE.matcher(lower.contains("day") || lower.contains("week") ? text : "");
        if (rel.find() && mainDate.resolved() && !rel.group(3).equalsIgnoreCase("before")) {
            int clauseEnd = text.indexOf(',', rel.end());
            int at = place == null ? -1 : place.start() - r.sentence().start();
            boolean inClause = place == null || at >= rel.end() && (clauseEnd < 0 || at < clauseEnd);
            if (inClause) {
                int days = number(rel.group(1)) * (rel.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? 7 : 1);
                return EventDate.day(mainDate.start().minusDays(days), rel.group());
            }
        }
        for (DateMention d : r.dates()) {
            return d.date();
        }
        if (current != null && (current.lastParagraph() == r.sentence().paragraph() || !r.generic() && near(current, r.sentence()) && lastDays(current.date()))) {
            return current.date(); // "Since the evening of 25 June, ... the Nikopol district. || The town and three villages were hit."
        }
        return lookBack && lastDay != null ? lastDay.date() : mainDate;
    }

    /** A day's date within the two days before publication: what a report of the last day goes on telling of. */
    private boolean lastDays(EventDate d) {
        LocalDate published = article.published();
        return published != null && d.resolved() && d.precision() == EventDate.Precision.DAY && !d.end().isBefore(published.minusDays(2));
    }

    /** "a", "two" and the other number words of the language, or digits, as a number. */
    static int number(String word) {
        return NumberWords.english().value(word);
    }

    /**
     * "Nasser hospital in Khan Younis said it had received the bodies of 12 people": a place named only as a source's
     * or a hospital's, where an attack was already told that day, is where the figures belong.
     */
    private Frame frameOfPlaceNamed(SentenceReading r, EventDate date) {
        for (PlaceMention p : r.places()) {
            for (Frame f : frames) {
                if (p.location().level().ordinal() < Location.Level.ADMIN1.ordinal() && Frame.samePlace(f.location(), p.location()) && Frame.sameTime(f.date(), date)) {
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * In a look back, the one frame already at a place: "In Pahalgam, the site of the attack" goes on with it. Not for a
     * whole country, where many attacks fall.
     */
    /** Whether {@code place} is finer than {@code whole} and lies in it: a region of the country, a town of the region. */
    private static boolean withinPlace(Location place, Location whole) {
        return place.level().ordinal() < whole.level().ordinal() && Objects.equals(place.countryCode(), whole.countryCode())
                && (whole.level() == Location.Level.COUNTRY || whole.level() == Location.Level.ADMIN1 && Objects.equals(place.admin1(), whole.name()));
    }

    private Frame placeTold(Location loc, String side) {
        if (loc.level() == Location.Level.COUNTRY) {
            return null;
        }
        List<Frame> there = frames.stream().filter(f -> Frame.samePlace(f.location(), loc) && Objects.equals(f.side(), side)).toList();
        return there.size() == 1 ? there.get(0) : null;
    }

    private Frame frame(Location loc, EventDate date, String side) {
        for (Frame f : frames) {
            if (Frame.samePlace(f.location(), loc) && (f.date().equals(date) || Frame.sameTime(f.date(), date)) && Objects.equals(f.side(), side)) {
                return f;
            }
        }
        Frame f = new Frame(loc, date, side, article.text());
        f.toldBefore(toldAttacker);
        frames.add(f);
        return f;
    }

    List<Event> events() {
        Frame.Lead lead = new Frame.Lead(leadWeapons, leadAttacker, mainDate);
        List<Event> out = new ArrayList<>();
        for (Frame f : new Folding(frames, this::fallbackAttacker, attackers.isEmpty() ? null : attackers.get(0)).attacks()) {
            if (f.history(mainDate)) {
                continue;
            }
            Actor fallback = f.attackerBefore() != null && foreign(f.attackerBefore(), f.location()) ? f.attackerBefore() : fallbackAttacker(f.location());
            out.add(f.toEvent(ids, fallback, lead));
        }
        return out;
    }

    /**
     * The article's most named attacker that is not of the attacked place's own country (a state does not attack
     * itself); when no sentence names an attacker, the state most named in its attack reports, if foreign to the place.
     */
    private Actor fallbackAttacker(Location where) {
        if (!attackers.isEmpty()) {
            return attackers.stream().filter(a -> foreign(a, where)).findFirst().orElse(null); // a state does not attack itself
        }
        return mentioned.stream().filter(a -> a.countryCode() != null && foreign(a, where)).findFirst().orElse(null);
    }

    private static boolean foreign(Actor a, Location where) {
        return a.countryCode() == null || !a.countryCode().equals(where.countryCode());
    }
}
