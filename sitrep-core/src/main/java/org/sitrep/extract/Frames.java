package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Casualties;
import org.sitrep.model.Count;
import org.sitrep.model.Damage;
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

    private static final Pattern DAYS_RELATIVE = Pattern.compile("(?i)\\b(a|one|two|three|four|five|six|\\d+) (days?|weeks?) (after|before|earlier)\\b");
    private static final Pattern DAMAGE = Pattern.compile("(?i)\\b(destroyed|damaged|ablaze|burned|collapsed|hit|struck)\\b");
    private static final int FRAME_REACH_PARAGRAPHS = 1;
    /** Places named together in one sentence that make a list of where something hit. */
    private static final int LIST = 3;
    /** How far before a place the patterns about its role look: none of them spans more characters. */
    private static final int LOOK_BACK = 100;
    /** After any place name, a verb that only a party does: "Delhi said", "Kyiv denies". */
    private static final Pattern PARTY_VERB_AFTER = Pattern.compile("(?i)(?:'s|’s)?,?\\s+(?:(?:meanwhile|also|later|earlier|now|then|has|have|had|\\w+ly),?\\s+)?(?:said|says|will|would|must|should|wants|denied|denies|blamed|accused|insists|responded|claimed|called|urged|announced|accusing|warned)\\b");
    /** After a capital that also names a party ("Moscow"), verbs that then make it the party. */
    private static final Pattern ACTOR_VERB_AFTER = Pattern.compile("(?i)(?:'s|’s)?\\s+(?:has|have|had|is|was|remained|launched|fired)\\b");
    /** "taken to hospital in X": where victims were treated, not where they were hit. */
    private static final Pattern CARE_BEFORE = Pattern.compile("(?i)\\b(hospitals?|clinic|medical (?:centre|center|complex)|taken to|brought to|evacuated to|transferred to)\\b[^,;]{0,40}$");
    private static final Pattern NOT_STRUCK_BEFORE = Pattern.compile("(?i)\\b(of|with|to|towards)\\s+(the\\s+)?(\\w+\\s+)?$");
    /** "Kupiansk, east of Kharkiv": a place named only to say where another one is. */
    private static final Pattern REFERENCE_POINT = Pattern.compile("(?i)\\b(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)?\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern POSSESSIVE_BEFORE_PLACE = Pattern.compile("['’]s\\s+(?:(?:[a-z]+|the)\\s+){0,3}");
    /** "Four people were killed there": a toll that points back to the place last reported. */
    private static final Pattern THERE = Pattern.compile("(?i)\\b(there|in the (?:city|town|village|area))\\b");
    private static final Pattern CONTAINER_GAP = Pattern.compile("(?i)\\s*(?:district|area|village|town|city|raion|oblast|region)?\\s*(?:,|in|of)\\s+(?:the\\s+)?(?:\\w+(?:ern|al)\\s+)?");
    private static final Pattern ORGANISATION_OF = Pattern.compile("\\b(?:Service|Ministry|Republic|Army|Forces|Bank|Council|Government|Embassy|President|Minister|Navy|Police|Court|University|Institute|Office|Agency|Commissioner)\\s+(?:of|for)\\s+(?:the\\s+)?$");
    /** "in response to Hamas's attack on 7 October": what follows is an earlier attack, the cause of what precedes. */
    private static final Pattern RESPONSE = Pattern.compile("(?i)\\b(?:in (?:response|retaliation|reprisal) (?:to|for)|in revenge for|to avenge)\\b");
    private static final Pattern OFFICIAL_OF = Pattern.compile("(?i)\\b(?:mayor|governor|head|chief|administration|authorities|officials?)\\s+of\\s+(?:the\\s+)?$");
    /** "explosions were also heard in the city of Sumy": where a blast was heard, not where it hit. */
    private static final Pattern HEARD = Pattern.compile("(?i)\\bexplosions?\\s+(?:were\\s+|was\\s+)?(?:also\\s+)?heard\\s+(?:in|over|across|near)\\s+(?:the\\s+)?(?:(?:city|town|village|region)\\s+of\\s+)?$");
    /** "cut diplomatic ties with Abu Dhabi", "talks with Moscow": a place named for its government's dealings. */
    private static final Pattern DEALINGS_WITH = Pattern.compile("(?i)\\b(?:ties|relations|talks|negotiations|agreement|deal|contacts?|dialogue)\\s+with\\s+$");
    private static final Pattern OWNED_BODY = Pattern.compile("(?i)['’]s\\s+(?:[\\w-]+\\s+){0,3}?(?:ministry|authorities|officials|police|government|civil defence|emergenc(?:y|ies) services?)\\b");
    private static final Pattern OWN_PEOPLE = Pattern.compile("(?i)\\b(?:\\d[\\d,]*|[a-z]+(?:-[a-z]+)?)\\s+of\\s+its\\s+");
    /** "Key Iranian commanders", "Russian soldiers": the people of a country, by its adjective. */
    private static final Pattern PEOPLE_OF = Pattern.compile("\\b(\\p{Lu}[a-z]+)\\s+(?:[a-z-]+\\s+)?(?:commanders|generals|officers|scientists|officials|soldiers|troops|servicemen|civilians|citizens)\\b");
    private static final Pattern ACCUSED_BEFORE = Pattern.compile("(?i)\\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\\b[^.;]*$");
    private static final Pattern AND_END = Pattern.compile("\\sand\\s+$");
    private static final Pattern INTERCEPTED = Pattern.compile("(?i)\\b(?:intercept(?:ed|s)?|shot down|downed)\\b");
    private static final Pattern LAUNCHED = Pattern.compile("(?i)\\b(?:launch(?:ed|es)?|fired|struck|hit|attacked)\\b");
    /** "Russia could be planning to launch a missile": weapons that may be fired, not weapons that were. */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:could|might|may|planning to|plans to|threaten(?:ed|s)? to|preparing to)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]");
    private static final Pattern ACTOR_VERB_BEFORE = Pattern.compile("(?i)\\b(blamed|accused|urged|called on|with|against|between|and|according to)$");

    private final Article article;
    private final EventIds ids;
    private final java.util.function.Predicate<String> actorNames;
    private final EventDate mainDate;
    private final List<Actor> attackers;
    private final List<Actor> mentioned;
    private final List<Frame> frames = new ArrayList<>();
    private final List<SentenceReading> pending = new ArrayList<>();
    private Frame current;
    private PlaceMention recentPlace;
    private List<String> leadWeapons;
    private Actor leadAttacker;

    Frames(Article article, EventIds ids, EventDate mainDate, List<Actor> attackers, List<Actor> mentioned,
           java.util.function.Predicate<String> actorNames) {
        this.article = article;
        this.ids = ids;
        this.actorNames = actorNames;
        this.mainDate = mainDate;
        this.attackers = attackers;
        this.mentioned = mentioned;
    }

    void add(SentenceReading r) {
        Sentence s = r.sentence();
        if (leadWeapons == null && r.reportsAttack() && !r.weapons().isEmpty()) {
            leadWeapons = r.weapons();
            leadAttacker = r.attacker();
        }
        Clause cause = cause(r);
        if (cause != null) {
            r = cause.reading();
        }
        List<PlaceMention> kept = cause != null ? cause.places() : placesOf(r);
        PlaceMention previous = recentPlace;
        kept.stream().filter(p -> p.location().level() != Location.Level.COUNTRY).reduce((a, b) -> b)
                .ifPresent(p -> recentPlace = p); // not where the wounded were taken, nor a place named for its government
        if (previous != null && previous.sentence() < s.index() - 2 && recentPlace == previous) {
            recentPlace = null;
        }
        if (!r.reportsAttack()) {
            if (current != null && near(current, s)) {
                r.tolls().stream().filter(t -> Objects.equals(t.count().best(), 0)).forEach(t -> current.toll(t, false));
                if (!r.targets().isEmpty() && DAMAGE.matcher(s.text()).find()) {
                    current.targets(r, s);
                }
            }
            return;
        }
        EventDate date = dateOf(r, null);
        List<PlaceMention> places = kept;
        if (places.isEmpty()) {
            boolean refersBack = current != null && r.dates().isEmpty() && !r.tolls().isEmpty()
                    && (frames.size() == 1 || THERE.matcher(s.text()).find());
            boolean anaphora = cause != null && r.dates().isEmpty(); // "in response to the attack, in which ...": the one just told
            Frame own = ownLosses(r, date);
            if (own != null) {
                own.absorb(r, r.tolls(), true);
            } else if (current != null && (near(current, s) || refersBack) && (sameTime(current.date, date) || !date.resolved() || anaphora)) {
                current.absorb(r, r.tolls(), false);
            } else if (current == null) {
                pending.add(r);
            } else if (recentPlace != null && !r.tolls().isEmpty()) {
                current = frame(recentPlace.location(), date);
                current.absorb(r, r.tolls(), false);
            }
            return;
        }
        Frame last = null;
        for (PlaceMention p : places) {
            Frame f = frame(p.location(), dateOf(r, p));
            List<Toll> mine = r.tolls().stream().filter(t -> nearestPlace(t, places) == p).toList();
            f.absorb(r, mine, true);
            Actor who = r.attackerOf(p);
            if (who != null && f.attacker != null && !who.equals(f.attacker) && f.attackerSentence == s.index()) {
                f.attacker = who;
            }
            f.evidence.add(new Evidence("location", p.start(), p.end(), p.text()));
            if (f.placeSentence < 0) {
                f.placeSentence = s.index();
            }
            last = f;
        }
        if (current == null && !pending.isEmpty()) {
            pending.forEach(x -> frames.get(0).absorb(x, x.tolls(), false));
            pending.clear();
        }
        current = last;
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
            boolean named = own && r.places().stream().anyMatch(p -> p.location().level() == Location.Level.COUNTRY && sameplace(f.location, p.location()));
            if (f.location.level() == Location.Level.COUNTRY && sameTime(f.date, date) && (named || adjective != null && adjectiveOf(adjective, f.location.name()))) {
                return f;
            }
        }
        return null;
    }

    /** "Iranian" of Iran, "Ukrainian" of Ukraine, "Pakistani" of Pakistan. */
    private static boolean adjectiveOf(String adjective, String country) {
        String stem = country.endsWith("e") || country.endsWith("a") ? country.substring(0, country.length() - 1) : country;
        return stem.length() >= 4 && adjective.startsWith(stem) && adjective.length() - stem.length() <= 4;
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
        Matcher m = RESPONSE.matcher(s.text());
        if (!m.find()) {
            return null;
        }
        int cut = s.start() + m.end();
        List<Toll> tolls = r.tolls().stream().filter(t -> t.start() >= cut).toList();
        if (tolls.isEmpty()) {
            return null;
        }
        List<PlaceMention> after = placesOf(r).stream().filter(p -> p.start() >= cut).toList();
        if (after.isEmpty()) {
            after = r.places().stream().filter(p -> p.start() < cut && p.location().level() == Location.Level.COUNTRY).limit(1).toList();
        }
        SentenceReading clause = new SentenceReading(s, r.places().stream().filter(p -> p.start() >= cut).toList(),
                r.dates().stream().filter(d -> d.start() >= cut).toList(), r.attackWord(), r.weapons(), r.targets(), tolls,
                r.attackers().stream().filter(n -> s.start() + n.at() >= cut).toList(), r.sources(), false, r.words());
        return new Clause(clause, after);
    }

    private boolean near(Frame f, Sentence s) {
        return s.paragraph() - f.lastParagraph <= FRAME_REACH_PARAGRAPHS;
    }

    /**
     * The place a toll is about: the nearest one, in characters, on the same side of any comma or semicolon
     * ("28 were killed in Rafah, while rescuers reported two killed at a site in the Netzarim corridor").
     */
    private PlaceMention nearestPlace(Toll t, List<PlaceMention> places) {
        PlaceMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        String text = article.text();
        for (PlaceMention p : places) {
            int from = Math.min(p.end(), t.end()), to = Math.max(p.start(), t.start());
            boolean apart = from < to && to <= text.length() && (CLAUSE_BREAK.matcher(text.substring(from, to)).find()
                    || p.end() <= t.start() && AND_END.matcher(text.substring(from, to)).find()); // "in Kryvyi Rih and 35 people ... in Sumy"
            int d = (p.start() >= t.end() ? p.start() - t.end() : t.start() >= p.end() ? t.start() - p.end() : 0) + (apart ? 1000 : 0);
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    /** Places where the attack fell: the finest ones named, never a launch site ("from Russia"). */
    private List<PlaceMention> placesOf(SentenceReading r) {
        String text = r.sentence().text();
        int offset = r.sentence().start();
        List<PlaceMention> kept = new ArrayList<>();
        for (PlaceMention p : r.places()) {
            String rawBefore = text.substring(Math.max(0, p.start() - offset - LOOK_BACK), p.start() - offset);
            String before = rawBefore.strip().toLowerCase(Locale.ROOT);
            if (ORGANISATION_OF.matcher(rawBefore).find() || OWNED_BODY.matcher(text.substring(p.end() - offset)).lookingAt()) {
                continue; // "the Security Service of Ukraine", "Gaza's health ministry" name a body, not a place
            }
            boolean officials = OFFICIAL_OF.matcher(rawBefore).find(); // "the mayor of Kharkiv said": the mayor speaks for the city
            if (r.tolls().isEmpty() && ACCUSED_BEFORE.matcher(text.substring(0, p.start() - offset)).find()) {
                continue; // "accused the armed forces of targeting civilians, calling the strikes on Khartoum war crimes": a charge
            }
            if (before.endsWith(" from") || before.endsWith(" by") || CARE_BEFORE.matcher(before).find()
                    || !officials && usedAsParty(text, p, offset, before) || HEARD.matcher(rawBefore).find()
                    || DEALINGS_WITH.matcher(rawBefore).find()) {
                continue;
            }
            Actor by = r.attackerOf(p);
            if (by != null && p.location().level() == Location.Level.COUNTRY && Objects.equals(p.location().countryCode(), by.countryCode())) {
                continue;
            }
            kept.add(p);
        }
        boolean hasFiner = kept.stream().anyMatch(p -> p.location().level() != Location.Level.COUNTRY);
        if (hasFiner) {
            List<PlaceMention> all = List.copyOf(kept);
            kept.removeIf(p -> p.location().level() == Location.Level.COUNTRY
                    && r.tolls().stream().noneMatch(t -> nearestPlace(t, all) == p));
        }
        kept.removeIf(p -> containerOfPrevious(text, offset, p, kept)
                || REFERENCE_POINT.matcher(text.substring(Math.max(0, p.start() - offset - LOOK_BACK), p.start() - offset)).find()
                || possessiveContainer(text, offset, p, kept));
        if (kept.size() > 1) {
            List<PlaceMention> withTolls = kept.stream().filter(p -> r.tolls().stream().anyMatch(t -> nearestPlace(t, kept) == p)).toList();
            if (!withTolls.isEmpty()) {
                return withTolls;
            }
            List<PlaceMention> struck = kept.stream().filter(p -> p.cued() && !precededBy(text, p.start() - offset, NOT_STRUCK_BEFORE)).toList();
            if (!struck.isEmpty()) {
                return struck;
            }
        }
        return kept;
    }

    /**
     * "Obukhiv district in the Kyiv region", "Mykolaiv in southern Ukraine": a coarser place right after
     * a finer one only says where the finer one is.
     */
    private static boolean containerOfPrevious(String text, int offset, PlaceMention p, List<PlaceMention> places) {
        for (PlaceMention q : places) {
            if (q.end() <= p.start() && p.start() - q.end() <= 40 && p.location().level().ordinal() > q.location().level().ordinal()
                    && CONTAINER_GAP.matcher(text.substring(q.end() - offset, p.start() - offset)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "Ukraine's capital Kyiv", "Russia's Kursk region": a country named only as the owner of the place after it. */
    private static boolean possessiveContainer(String text, int offset, PlaceMention p, List<PlaceMention> places) {
        if (p.location().level() != Location.Level.COUNTRY) {
            return false;
        }
        Matcher m = POSSESSIVE_BEFORE_PLACE.matcher(text.substring(p.end() - offset));
        return m.lookingAt() && places.stream().anyMatch(q -> q != p && q.start() - offset == p.end() - offset + m.end());
    }

    /** "Moscow has remained silent", "blamed Moscow", "Delhi said", "according to Ukraine": a place named for its government. */
    private boolean usedAsParty(String text, PlaceMention p, int offset, String before) {
        String after = text.substring(p.end() - offset);
        if (PARTY_VERB_AFTER.matcher(after).lookingAt() && !p.cued()) {
            return true;
        }
        boolean party = actorNames.test(p.text()) || p.location().level() == Location.Level.COUNTRY;
        return party && (ACTOR_VERB_BEFORE.matcher(before).find() || !p.cued() && ACTOR_VERB_AFTER.matcher(after).lookingAt());
    }

    private static boolean precededBy(String text, int at, Pattern words) {
        return words.matcher(text.substring(Math.max(0, at - 40), at)).find();
    }

    /**
     * The date of what a sentence reports at a place: "a day after X" or "two weeks after X" puts X (a
     * place inside that clause) before the main date; else the sentence's own date, the date of the frame
     * it continues, or the article's main date.
     */
    private EventDate dateOf(SentenceReading r, PlaceMention place) {
        String text = r.sentence().text();
        Matcher rel = DAYS_RELATIVE.matcher(text);
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
        if (current != null && current.lastParagraph == r.sentence().paragraph()) {
            return current.date;
        }
        return mainDate;
    }

    private static int number(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "a", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            default -> Integer.parseInt(word);
        };
    }

    private Frame frame(Location loc, EventDate date) {
        for (Frame f : frames) {
            if (sameplace(f.location, loc) && (f.date.equals(date) || sameTime(f.date, date))) {
                return f;
            }
        }
        Frame f = new Frame(loc, date);
        frames.add(f);
        return f;
    }

    /** Overlapping dates, or both unresolved (an article without a publication date). */
    private static boolean sameTime(EventDate a, EventDate b) {
        return a.overlaps(b) || !a.resolved() && !b.resolved();
    }

    private static boolean sameplace(Location a, Location b) {
        return a.level() == b.level() && Objects.equals(a.geonameId(), b.geonameId()) && a.name().equals(b.name())
                || a.level() == b.level() && a.level() != Location.Level.CITY && Objects.equals(a.admin1(), b.admin1())
                && Objects.equals(a.countryCode(), b.countryCode()) && a.name().equals(b.name());
    }

    List<Event> events() {
        List<Event> out = new ArrayList<>();
        fold(this::siteWithin, false);
        fold(this::retold, true);
        fold(this::cityAround, true);
        fold(f -> f.location.level() == Location.Level.ADMIN1 && f.killed == null && f.injured == null ? cityWithin(f) : null, false);
        fold(this::countryToll, false);
        for (Frame f : frames) {
            if (f.location.level() == Location.Level.COUNTRY && (coveredByPlaces(f) || attackerAtHome(f))) {
                continue;
            }
            if (f.location.level() == Location.Level.ADMIN1 && f.killed != null && coveredByPlaces(f)) {
                continue; // "30 killed in Gaza": 28 in Rafah and two in the Netzarim corridor, already events
            }
            Frame part = f.location.level() == Location.Level.ADMIN1 ? onlyPartWithin(f) : null;
            if (part != null) {
                part.takeOverWithFigures(f);
                continue; // "24 killed in two strikes in central Gaza ... one in Gaza City killed four": the 24 are Gaza City's
            }
            if (!f.hasAttackEvidence()) {
                continue;
            }
            out.add(f.toEvent());
        }
        return out;
    }

    private Actor attackerOf(Frame f) {
        return f.attacker != null ? f.attacker : fallbackAttacker(f.location);
    }

    /** A country-wide frame in the attacker's own country: where drones were launched from, not where they hit. */
    private boolean attackerAtHome(Frame country) {
        Actor by = country.attacker != null ? country.attacker : fallbackAttacker(country.location);
        return by != null && Objects.equals(by.countryCode(), country.location.countryCode());
    }

    /**
     * "planes were damaged in Murmansk and Irkutsk" beside "the Olenegorsk air base in Murmansk": a city or region
     * without figures, in whose admin1 unit a site was attacked at the same time, names that site's attack. Null
     * when there is no such site frame.
     */
    private Frame siteWithin(Frame f) {
        if (f.killed != null || f.injured != null || f.location.level() != Location.Level.CITY && f.location.level() != Location.Level.ADMIN1) {
            return null;
        }
        String unit = f.location.level() == Location.Level.ADMIN1 ? f.location.name() : f.location.admin1();
        for (Frame site : frames) {
            if (site != f && site.location.level() == Location.Level.POINT && unit != null
                    && unit.equals(site.location.admin1()) && sameTime(site.date, f.date)) {
                return site;
            }
        }
        return null;
    }

    /**
     * Folds each frame that another frame already tells of into that one and drops it; {@code figures} when the
     * larger figures of the two are kept (else the other frame's own stand).
     */
    private void fold(java.util.function.Function<Frame, Frame> into, boolean figures) {
        List<Frame> gone = new ArrayList<>();
        for (Frame f : frames) {
            Frame whole = gone.contains(f) ? null : into.apply(f);
            if (whole == null || gone.contains(whole)) {
                continue;
            }
            Actor had = whole.attacker;
            if (figures) {
                whole.takeOverWithFigures(f);
            } else {
                whole.takeOver(f);
            }
            if (had == null && whole.attacker != null && "state_forces".equals(whole.attacker.type())
                    && Objects.equals(whole.attacker.countryCode(), whole.location.countryCode())) {
                whole.attacker = null; // a state named near its own city ("the Russian ministry said") did not hit itself
            }
            gone.add(f);
        }
        frames.removeAll(gone);
    }

    /**
     * The same attack told twice, with the same figures: for a frame whose date no sentence gave, a dated frame at
     * the same place ("11 killed near a stadium in Gaza City" and "Friday evening's strike near the stadium in Gaza
     * City killed 11"); for a frame whose place no sentence gave, a frame with a place on the same date ("the
     * 22 April attack which left 26 dead" and "the 22 April attack ... saw 26 people killed" after "Pahalgam"). Or null.
     */
    private Frame retold(Frame f) {
        boolean dated = f.told("date"), placed = f.told("location"), figures = f.killed != null || f.injured != null;
        for (Frame g : frames) {
            boolean same = g != f && Objects.equals(f.killed, g.killed) && Objects.equals(f.injured, g.injured);
            boolean more = g != f && !figures && (g.killed != null || g.injured != null);
            if ((same && figures || more) && !dated && g.told("date") && sameplace(f.location, g.location)
                    || same && figures && !placed && dated && g.told("date") && f.date.overlaps(g.date)
                    && (g.told("location") || g.location.level().ordinal() < f.location.level().ordinal())) {
                return g;
            }
        }
        return null;
    }

    /**
     * "the strikes have killed eight civilians" in Pakistan and "three areas were hit: Muzaffarabad and Kotli ...,
     * and Bahawalpur": a list of places without figures of their own, when no place in the country has any, says
     * where the country's toll fell; they are not attacks apart from it. The country frame, or null.
     */
    private Frame countryToll(Frame f) {
        if (f.killed != null || f.injured != null || f.location.level() == Location.Level.COUNTRY || f.placeSentence < 0
                || frames.stream().filter(g -> g.placeSentence == f.placeSentence && g.killed == null && g.injured == null).count() < LIST) {
            return null;
        }
        Frame country = null;
        for (Frame g : frames) {
            boolean inside = g != f && Objects.equals(g.location.countryCode(), f.location.countryCode()) && sameTime(f.date, g.date);
            if (inside && g.location.level() != Location.Level.COUNTRY && (g.killed != null || g.injured != null)) {
                return null;
            }
            if (inside && g.location.level() == Location.Level.COUNTRY && (g.killed != null || g.injured != null)
                    && Objects.equals(attackerOf(g), attackerOf(f))) {
                country = g;
            }
        }
        return country;
    }

    /** The city around a neighbourhood or site whose figures are within the city's: "23 found dead in the Solomianskyi block", "28 killed in Kyiv". */
    private Frame cityAround(Frame f) {
        if (f.location.level() != Location.Level.POINT) {
            return null;
        }
        for (Frame g : frames) {
            if (g.location.level() == Location.Level.CITY && (g.killed != null || g.injured != null)
                    && Objects.equals(f.location.admin1(), g.location.admin1()) && f.location.kmTo(g.location) <= 20
                    && sameTime(f.date, g.date) && best(f.killed) <= best(g.killed) && best(f.injured) <= best(g.injured)) {
                return g;
            }
        }
        return null;
    }

    /**
     * The one place inside a region frame that has figures, at the same time, when the region's figures are the
     * larger: the region's total then tells of that place's attacks. Null when there is none, or more than one.
     */
    private Frame onlyPartWithin(Frame region) {
        if (region.killed == null && region.injured == null) {
            return null;
        }
        Frame only = null;
        for (Frame f : frames) {
            if (f != region && f.location.level().ordinal() < Location.Level.ADMIN1.ordinal()
                    && Objects.equals(f.location.admin1(), region.location.name()) && sameTime(f.date, region.date)
                    && (f.killed != null || f.injured != null)) {
                if (only != null) {
                    return null;
                }
                only = f;
            }
        }
        return only != null && best(only.killed) <= best(region.killed) && best(only.injured) <= best(region.injured) ? only : null;
    }

    /** A frame at a place inside this admin1 frame's unit, on an overlapping date, or null. */
    private Frame cityWithin(Frame admin) {
        for (Frame f : frames) {
            if (f != admin && f.location.level() != Location.Level.ADMIN1 && f.location.level() != Location.Level.COUNTRY
                    && Objects.equals(f.location.admin1(), admin.location.name()) && sameTime(f.date, admin.date)) {
                return f;
            }
        }
        return null;
    }

    /** A country-wide (or admin1-wide) frame whose figures the frames of its own places already account for. */
    private boolean coveredByPlaces(Frame country) {
        int killed = 0, injured = 0, parts = 0, finer = 0;
        boolean region = country.location.level() == Location.Level.ADMIN1;
        for (Frame f : frames) {
            boolean inside = region ? f.location.level().ordinal() < Location.Level.ADMIN1.ordinal()
                    && Objects.equals(f.location.admin1(), country.location.name())
                    : f.location.level() != Location.Level.COUNTRY && Objects.equals(f.location.countryCode(), country.location.countryCode());
            boolean sameSide = !region || Objects.equals(attackerOf(f), attackerOf(country)) || attackerOf(f) == null || attackerOf(country) == null;
            if (f != country && inside && sameSide && sameTime(f.date, country.date)) {
                killed += best(f.killed);
                injured += best(f.injured);
                parts += f.killed != null || f.injured != null ? 1 : 0;
                finer++;
            }
        }
        boolean summed = parts > 0 && killed >= best(country.killed) && injured >= best(country.injured);
        if (region) {
            return summed; // a region's own total stands unless places attacked by the same side account for it
        }
        return parts >= 2 || summed || country.killed == null && country.injured == null && finer > 0;
    }

    private static Count sum(Count a, Count b) {
        return new Count(a.low() == null || b.low() == null ? null : a.low() + b.low(), best(a) + best(b),
                a.high() == null || b.high() == null ? null : a.high() + b.high());
    }

    private static int best(Count c) {
        return c == null || c.best() == null ? 0 : c.best();
    }

    /** One attack being assembled: the place, the date and everything the sentences about it said. */
    private final class Frame {
        final Location location;
        final EventDate date;
        final Set<String> weapons = new LinkedHashSet<>();
        final Set<String> targets = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();
        final List<Evidence> evidence = new ArrayList<>();
        final List<Damage> damage = new ArrayList<>();
        Actor attacker;
        Count killed, injured, childrenKilled, childrenInjured;
        boolean killedUpdated, injuredUpdated, attackWord;
        /** Whether a sentence told of weapons fired, not only of weapons shot down. */
        boolean fired;
        int lastParagraph;
        int attackerSentence = -1;
        /** The first sentence that named this frame's place. */
        int placeSentence = -1;

        Frame(Location location, EventDate date) {
            this.location = location;
            this.date = date;
        }

        /** Whether a sentence gave this frame's {@code field} ("date", "location") in words. */
        boolean told(String field) {
            return evidence.stream().anyMatch(e -> e.field().equals(field));
        }

        /** Takes a sentence's reading; {@code direct} when the sentence names this frame's place. */
        void absorb(SentenceReading r, List<Toll> tolls, boolean direct) {
            Sentence s = r.sentence();
            lastParagraph = s.paragraph();
            attackWord |= r.attackWord();
            if (!r.weapons().isEmpty()) {
                fired |= (!INTERCEPTED.matcher(s.text()).find() || LAUNCHED.matcher(s.text()).find()) && !HYPOTHETICAL.matcher(s.text()).find();
                weapons.addAll(r.weapons());
                Weapons.dropGeneric(weapons);
                evidence.add(new Evidence("weapons", s.start(), s.end(), s.text()));
            }
            targets(r, s);
            if (attacker == null && r.attacker() != null) {
                attacker = r.attacker();
                attackerSentence = s.index();
                evidence.add(new Evidence("initiator", s.start(), s.end(), s.text()));
            }
            if (!r.sources().isEmpty()) {
                sources.addAll(r.sources());
            }
            if (!r.dates().isEmpty() && evidence.stream().noneMatch(e -> e.field().equals("date"))) {
                DateMention d = r.dates().get(0);
                evidence.add(new Evidence("date", d.start(), d.end(), d.text()));
            }
            tolls.forEach(t -> toll(t, direct));
        }

        void targets(SentenceReading r, Sentence s) {
            if (!r.targets().isEmpty()) {
                targets.addAll(r.targets());
                Matcher m = DAMAGE.matcher(s.text());
                if (m.find()) {
                    String effect = m.group(1).toLowerCase(Locale.ROOT);
                    for (String t : r.targets()) {
                        Damage d = new Damage(t, effect.equals("destroyed") ? "destroyed" : "damaged", null);
                        if (!damage.contains(d)) {
                            damage.add(d);
                        }
                    }
                }
                evidence.add(new Evidence("targets", s.start(), s.end(), s.text()));
            }
        }

        /**
         * Records a toll. A sentence that names the place, or the victims, may raise the figure (tolls grow as
         * reports come in); one that only continues the frame fills a figure still missing; an update ("rose to")
         * replaces it; more victims ("were also killed") add to it.
         */
        void toll(Toll t, boolean direct) {
            boolean killedToll = t.kind() == Toll.Kind.KILLED;
            evidence.add(new Evidence(killedToll ? "casualties.killed" : "casualties.injured", t.start(), t.end(),
                    article.text().substring(t.start(), t.end())));
            Count old = killedToll ? killed : injured;
            boolean updated = killedToll ? killedUpdated : injuredUpdated;
            Count now;
            if (t.update()) {
                now = t.count();
            } else if (t.more() && old != null) {
                now = sum(old, t.count());
            } else if (updated || old != null && !direct && !t.named()) {
                now = old;
            } else {
                now = old == null ? t.count() : larger(old, t.count());
            }
            if (killedToll) {
                killed = now;
                killedUpdated |= t.update();
                childrenKilled = larger(childrenKilled, t.children());
            } else {
                injured = now;
                injuredUpdated |= t.update();
                childrenInjured = larger(childrenInjured, t.children());
            }
        }

        /** Takes what another frame about the same attack said, and the larger of the two frames' figures. */
        void takeOverWithFigures(Frame other) {
            killed = larger(killed, other.killed);
            injured = larger(injured, other.injured);
            takeOver(other);
        }

        /** Takes what a coarser frame about the same attack said, keeping this frame's place and figures. */
        void takeOver(Frame other) {
            weapons.addAll(other.weapons);
            Weapons.dropGeneric(weapons);
            targets.addAll(other.targets);
            sources.addAll(other.sources);
            damage.addAll(other.damage.stream().filter(d -> !damage.contains(d)).toList());
            evidence.addAll(other.evidence);
            attackWord |= other.attackWord;
            if (attacker == null) {
                attacker = other.attacker;
            }
        }

        /**
         * Enough to report: a toll, a weapon or an attack word; for a month- or year-wide date, a toll, as a bare
         * "invasion of Ukraine in February 2022" is history, not an attack; for a whole country, a toll or weapons
         * fired, as drones shot down somewhere over a country ("intercepted 25 drones overnight") hit no place.
         */
        boolean hasAttackEvidence() {
            boolean tolls = killed != null || injured != null;
            if (date.precision() == EventDate.Precision.MONTH || date.precision() == EventDate.Precision.UNKNOWN && date.resolved()) {
                return tolls;
            }
            if (location.level() == Location.Level.COUNTRY) {
                return tolls || fired;
            }
            return tolls || !weapons.isEmpty() || attackWord;
        }

        Event toEvent() {
            Actor initiator = attacker != null ? attacker : fallbackAttacker(location);
            if (weapons.isEmpty() && leadWeapons != null && sameTime(date, mainDate)
                    && (leadAttacker == null || leadAttacker.equals(initiator))) {
                weapons.addAll(leadWeapons); // "overnight Russian drone and missile attacks" covers each place reported after it
            }
            boolean victims = best(killed) + best(injured) > 0;
            Event.Acled acled = acled(victims);
            Casualties c = new Casualties(killed, injured, childrenKilled, childrenInjured, victims ? Boolean.TRUE : null);
            Actor target = victims ? new Actor("civilians", location.countryCode(), "civilians") : null;
            double confidence = Math.min(0.95, 0.35 + (victims ? 0.2 : 0) + (weapons.isEmpty() ? 0 : 0.15)
                    + (attacker != null ? 0.15 : 0) + (date.resolved() ? 0.1 : 0));
            String key = location.name() + "|" + location.level() + "|" + date.start() + "|" + date.text();
            return new Event(ids.id("attack", key), Event.Category.ATTACK, acled, "ASSAULT", date,
                    location, initiator, target, List.copyOf(weapons), List.copyOf(targets), c, damage,
                    List.copyOf(sources), dedupe(evidence), Math.round(confidence * 100) / 100.0);
        }

        private Event.Acled acled(boolean victims) {
            String first = weapons.stream().findFirst().orElse(null);
            if (first == null) {
                return new Event.Acled("Explosions/Remote violence", null);
            }
            return switch (first) {
                case "drone", "airstrike", "aerial_bomb", "guided_aerial_bomb" -> new Event.Acled("Explosions/Remote violence", "Air/drone strike");
                case "explosive_device" -> new Event.Acled("Explosions/Remote violence", "Remote explosive/landmine/IED");
                case "small_arms" -> victims ? new Event.Acled("Violence against civilians", "Attack") : new Event.Acled("Battles", "Armed clash");
                default -> new Event.Acled("Explosions/Remote violence", "Shelling/artillery/missile attack");
            };
        }
    }

    /**
     * The article's most named attacker that is not of the attacked place's own country, else its most named;
     * when no sentence names an attacker, the state most named in its attack reports, if foreign to the place.
     */
    private Actor fallbackAttacker(Location where) {
        if (!attackers.isEmpty()) {
            return attackers.stream().filter(a -> foreign(a, where)).findFirst().orElse(attackers.get(0));
        }
        return mentioned.stream().filter(a -> a.countryCode() != null && foreign(a, where)).findFirst().orElse(null);
    }

    private static boolean foreign(Actor a, Location where) {
        return a.countryCode() == null || !a.countryCode().equals(where.countryCode());
    }

    private static List<Evidence> dedupe(List<Evidence> evidence) {
        return new ArrayList<>(new LinkedHashSet<>(evidence));
    }

    /** The higher of two readings of the same toll, by best figure: tolls grow as reports come in. */
    private static Count larger(Count a, Count b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.raisedTo(b);
    }
}
