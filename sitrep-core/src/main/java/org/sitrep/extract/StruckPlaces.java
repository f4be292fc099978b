package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.Location;
import org.sitrep.model.PlaceMention;

/**
 * Which of the places a sentence names were struck, by the words around them: not a launch site ("from Russia"),
 * where the wounded were taken, a place named for its government ("Moscow said") or body ("Gaza's health
 * ministry"), a reference point ("east of Kharkiv"), nor the region around a finer place; and which place each
 * toll belongs to.
 */
final class StruckPlaces {

    /** How far before a place the patterns about its role look: none of them spans more characters. */
    private static final int LOOK_BACK = 100;
    /** After any place name, a verb that only a party does: "Delhi said", "Kyiv denies". */
    private static final Pattern PARTY_VERB_AFTER = Pattern.compile("(?i)(?:'s|’s)?,?\\s+(?:(?:which|who),?\\s+)?(?:(?:meanwhile|also|later|earlier|now|then|has|have|had|\\w+ly),?\\s+)?(?:said|says|will|would|must|should|wants|denied|denies|blamed|accused|insists|responded|claimed|claims|called|urged|announced|accusing|warned|rejected|rejects|dismissed|condemned|retaliated|vowed|threatened)\\b");
    /** After a capital that also names a party ("Moscow"), verbs that then make it the party. */
    private static final Pattern ACTOR_VERB_AFTER = Pattern.compile("(?i)(?:'s|’s)?\\s+(?:has|have|had|is|was|remained|launched|fired)\\b");
    /** "taken to hospital in X": where victims were treated, not where they were hit. */
    private static final Pattern CARE_BEFORE = Pattern.compile("(?i)\\b(hospitals?|clinic|medical (?:centre|center|complex)|taken to|brought to|evacuated to|transferred to)\\b[^,;]{0,40}$");
    /** "a drone strike on a hospital in El Obeid", "waiting outside a clinic in Deir al-Balah": the scene, not where the wounded went. */
    private static final Pattern HOSPITAL_STRUCK = Pattern.compile("(?i)\\b(?:(?:strike|attack|shelling)\\s+on|outside|near|at)\\s+(?:a|the)\\s+(?:[\\w-]+\\s+)?(?:hospital|clinic)\\s+(?:in|at)\\s*$");
    private static final Pattern NOT_STRUCK_BEFORE = Pattern.compile("(?i)\\b(of|with|to|towards)\\s+(the\\s+)?(\\w+\\s+)?$");
    /**
     * "an attack against the town of Snihurivka": "of" after a word for a settlement that was hit names the settlement,
     * not what it belongs to; not "people who fled the town of X".
     */
    private static final Pattern SETTLEMENT_OF = Pattern.compile("(?i)\\b(?:on|at|in|against|hit|struck|shelled|attacked|targeted)\\s+the\\s+(?:[a-z-]+\\s+)?"
            + "(?:city|town|village|settlement|community|hamlet|port)\\s+of\\s+$");
    /** "In Mykolaiv Oblast, ...": a region that opens a sentence, saying where what follows happened. */
    private static final Pattern OPENING_IN = Pattern.compile("(?i)^\\s*in\\s+(?:the\\s+)?$");
    /** "Kupiansk, east of Kharkiv": a place named only to say where another one is. */
    private static final Pattern REFERENCE_POINT = Pattern.compile("(?i)\\b(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)?\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern POSSESSIVE_BEFORE_PLACE = Pattern.compile("['’]s\\s+(?:(?:[a-z]+|the)\\s+){0,3}");
    private static final Pattern CONTAINER_GAP = Pattern.compile("(?i)\\s*(?:district|area|village|town|city|raion|oblast|region|community|hromada|municipality|airfield|airport|air base|airbase|port|refinery|plant)?"
            + "\\s*(?:,|in|of)\\s+(?:the\\s+)?(?:\\p{Lu}\\p{L}+['’]s\\s+)?(?:\\w+(?:ern|al)\\s+)?(?:(?:occupied|annexed|besieged|war-torn)\\s+)?");
            // "the Borisoglebsk airfield in Russia's Voronezh region", "Jenin in the occupied West Bank"
    private static final Pattern ORGANISATION_OF = Pattern.compile("\\b(?:Service|Ministry|Republic|Army|Forces|Bank|Council|Government|Embassy|President|Minister|Navy|Police|Court|University|Institute|Office|Agency|Commissioner)\\s+(?:of|for)\\s+(?:the\\s+)?$");
    private static final Pattern OFFICIAL_OF = Pattern.compile("(?i)\\b(?:mayor|governor|head|chief|administration|authorities|officials?)\\s+of\\s+(?:the\\s+)?$");
    /** "explosions were also heard in the city of Sumy": where a blast was heard, not where it hit. */
    private static final Pattern HEARD = Pattern.compile("(?i)\\bexplosions?\\s+(?:were\\s+|was\\s+)?(?:also\\s+)?heard\\s+(?:in|over|across|near)\\s+(?:the\\s+)?(?:(?:city|town|village|region)\\s+of\\s+)?$");
    /** "cut diplomatic ties with Abu Dhabi", "talks with Moscow": a place named for its government's dealings. */
    private static final Pattern DEALINGS_WITH = Pattern.compile("(?i)\\b(?:ties|relations|talks|negotiations|agreement|deal|contacts?|dialogue)\\s+with\\s+$");
    /** "India's armed response", "Israel's campaign": a country named as the one that acts. */
    private static final Pattern OWN_ACT = Pattern.compile("(?i)['’]s\\s+(?:[\\w-]+\\s+)?(?:response|retaliation|offensive|campaign|operation|invasion|war)\\b");
    private static final Pattern OWNED_BODY = Pattern.compile("(?i)['’]s\\s+(?:[\\w-]+\\s+){0,3}?(?:ministry|authorities|officials|police|government|civil defence|emergenc(?:y|ies) services?|organi[sz]ation|agency|commission|council|institute)\\b");
    /** "Moscow's troops attacked the village": a capital named for its state's forces. */
    private static final Pattern FORCES_OF = Pattern.compile("(?i)['’]s\\s+(?:troops|forces|army|military|soldiers)\\b");
    private static final Pattern ACCUSED_BEFORE = Pattern.compile("(?i)\\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\\b[^.;]*$");
    private static final Pattern JOINED = Pattern.compile("(?i)\\s+and\\s+(?:the\\s+)?");
    private static final Pattern HYPHEN = Pattern.compile("\\s*[-–—]\\s*");
    private static final Pattern ROAD_AFTER = Pattern.compile("(?i)\\s+(?:highway|road|route|motorway|railway|rail line|axis|direction|front|corridor)\\b");
    private static final Pattern FRONT_AFTER = Pattern.compile("(?i)\\s+(?:axis|direction|front|sector)\\b");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\bbetween\\s+(?:the\\s+)?(?:(?:villages?|towns?|cities|settlements?)\\s+(?:of\\s+)?)?$");
    private static final Pattern AND_END = Pattern.compile("\\sand\\s+$");
    /** "the city of Dnipro, where two people were killed, and Odesa, where a port was damaged": a clause of the place's own. */
    private static final Pattern WHERE = Pattern.compile(",?\\s+where\\s");
    private static final Pattern NEAR_GAP = Pattern.compile("(?i),?\\s+(?:just\\s+)?(?:near|outside|close to)\\s+(?:the\\s+)?(?:(?:city|town|capital)\\s+(?:of\\s+)?)?");
    private static final Pattern DATELINE_AFTER = Pattern.compile("\\s*(?:,|\\(|:\\s)");
    /**
     * After a dateline anywhere in a sentence: a day and the agency in brackets ("MOSCOW, Jan 14 (Reuters) -"), the agency
     * alone, or a colon before the story's first word ("QUETTA: A senior officer ...").
     */
    private static final Pattern FILED_AFTER = Pattern.compile("\\s*(?:,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}\\s*\\(|\\(\\s*\\p{Lu}[\\p{L}.]*\\s*\\)\\s*[-–—]|:\\s+\\p{Lu})");
    private static final Pattern LIST_GAP = Pattern.compile(",\\s*|,?\\s+and\\s+");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]");
    /** "missile barrages against Israel", "strikes against Ukraine": what an attack was aimed at, not a party dealt with. */
    private static final Pattern STRUCK_AGAINST = Pattern.compile("(?i)\\b(?:attack|strike|barrage|missile|rocket|drone|raid|bombing|shelling|assault|offensive)s?\\s+against$");
    private static final Pattern ACTOR_VERB_BEFORE = Pattern.compile("(?i)\\b(blamed|accused|urged|called on|with|against|between|and|according to)$");
    /** Words every {@link #CARE_BEFORE} match holds: without one the pattern need not run. */
    private static final List<String> CARE_WORDS = List.of("hospital", "clinic", "medical", " to");
    private static final java.util.Set<String> OF = java.util.Set.of("of", "for");
    private final String articleText;
    private final Predicate<String> actorNames;
    /** The nearest place of each toll, per list of places asked about (a sentence asks again and again). */
    private final java.util.Map<Toll, java.util.Map<List<PlaceMention>, PlaceMention>> nearestOf = new java.util.IdentityHashMap<>();

    /** {@code text}: the article's cleaned text; {@code actorNames}: names that also name a party ("Moscow"). */
    StruckPlaces(String text, Predicate<String> actorNames) {
        this.articleText = text;
        this.actorNames = actorNames;
    }

    /**
     * The place a toll is about: the nearest one, in characters, on the same side of any comma or semicolon
     * ("28 were killed in Rafah, while rescuers reported two killed at a site in the Netzarim corridor").
     */
    PlaceMention nearest(Toll t, List<PlaceMention> places) {
        java.util.Map<List<PlaceMention>, PlaceMention> known = nearestOf.computeIfAbsent(t, k -> new java.util.IdentityHashMap<>());
        if (known.containsKey(places)) {
            return known.get(places);
        }
        PlaceMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PlaceMention p : places) {
            int raw = p.start() >= t.end() ? p.start() - t.end() : t.start() >= p.end() ? t.start() - p.end() : 0;
            if (raw >= bestDistance) {
                continue; // being apart only adds to the distance
            }
            int from = Math.min(p.end(), t.end()), to = Math.max(p.start(), t.start());
            String between = from < to && to <= articleText.length() ? articleText.substring(from, to) : "";
            Matcher where = WHERE.matcher(between);
            boolean ownClause = p.end() <= t.start() && where.lookingAt() && !CLAUSE_BREAK.matcher(between.substring(where.end())).find();
            boolean apart = (CLAUSE_BREAK.matcher(between).find() && !ownClause
                    || p.end() <= t.start() && AND_END.matcher(between).find()); // "in Kryvyi Rih and 35 people ... in Sumy"
            int d = raw + (apart ? 1000 : 0);
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        known.put(places, best);
        return best;
    }

    /**
     * Whether a toll is told of this place: it is the nearest one, or the toll is none hurt and the place is in the same
     * list as the nearest ("the Sumy, Poltava and Kharkiv oblasts came under fire, but no casualties were reported").
     */
    boolean tellsOf(Toll t, PlaceMention p, List<PlaceMention> places) {
        PlaceMention nearest = nearest(t, places);
        return nearest == p || Objects.equals(t.count().best(), 0) && nearest != null && listedTogether(nearest, p, places);
    }

    /** Whether the two places are in one list: every place between them is joined to the next by a comma or "and". */
    private boolean listedTogether(PlaceMention a, PlaceMention b, List<PlaceMention> places) {
        PlaceMention first = a.start() <= b.start() ? a : b, last = first == a ? b : a;
        List<PlaceMention> run = places.stream().filter(p -> p.start() >= first.start() && p.start() <= last.start())
                .sorted(java.util.Comparator.comparingInt(PlaceMention::start)).toList();
        for (int i = 0; i + 1 < run.size(); i++) {
            int from = run.get(i).end(), to = run.get(i + 1).start();
            if (from > to || !LIST_GAP.matcher(articleText.substring(from, to)).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "killed four people in the Kharkiv and Zaporizhzhia regions": a toll told of places joined by "and", all on one
     * side of it, is their sum, no one place's; a toll of none is each place's.
     */
    boolean joint(Toll t, PlaceMention p, List<PlaceMention> places) {
        if (Objects.equals(t.count().best(), 0)) {
            return false; // none hurt in all of them is none in each
        }
        for (PlaceMention q : places) {
            PlaceMention first = q.end() <= p.start() ? q : p, second = first == q ? p : q;
            if (q == p || first.end() > second.start() || second.start() - first.end() > 12) {
                continue;
            }
            boolean oneSide = t.end() <= first.start() || t.start() >= second.end();
            if (oneSide && JOINED.matcher(articleText.substring(first.end(), second.start())).matches()) {
                return true;
            }
        }
        return false;
    }

    List<PlaceMention> of(SentenceReading r) {
        String text = r.sentence().text();
        int offset = r.sentence().start();
        List<PlaceMention> kept = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean charge = lower.contains("accus") || lower.contains("blam");
        for (PlaceMention p : r.places()) {
            String rawBefore = text.substring(Math.max(0, p.start() - offset - LOOK_BACK), p.start() - offset);
            String before = rawBefore.strip().toLowerCase(Locale.ROOT);
            String after = text.substring(p.end() - offset);
            boolean possessive = after.startsWith("'s") || after.startsWith("’s");
            String[] lastWords = lastTwoWords(before);
            boolean ofPhrase = OF.contains(lastWords[1]) || lastWords[1].equals("the") && OF.contains(lastWords[0]); // "mayor of (the)"
            if (ofPhrase && ORGANISATION_OF.matcher(rawBefore).find() || possessive && OWNED_BODY.matcher(after).lookingAt()
                    || possessive && p.location().level() != Location.Level.COUNTRY && FORCES_OF.matcher(after).lookingAt()
                    || possessive && p.location().level() == Location.Level.COUNTRY && OWN_ACT.matcher(after).lookingAt()) {
                continue; // "the Security Service of Ukraine", "Gaza's health ministry" name a body, not a place
            }
            boolean officials = ofPhrase && OFFICIAL_OF.matcher(rawBefore).find(); // "the mayor of Kharkiv said": the mayor speaks for the city
            if (r.tolls().isEmpty() && charge && ACCUSED_BEFORE.matcher(text.substring(0, p.start() - offset)).find()) {
                continue; // "accused the armed forces of targeting civilians, calling the strikes on Khartoum war crimes": a charge
            }
            boolean care = CARE_WORDS.stream().anyMatch(before::contains) && CARE_BEFORE.matcher(before).find() && !HOSPITAL_STRUCK.matcher(before).find();
            if (before.endsWith(" from") || before.endsWith(" from the") || before.endsWith(" by") || care
                    || !officials && usedAsParty(text, p, offset, before) || before.contains("heard") && HEARD.matcher(rawBefore).find()
                    || lastWords[1].equals("with") && DEALINGS_WITH.matcher(rawBefore).find()) {
                continue;
            }
            Actor by = r.attackerOf(p);
            if (by != null && p.location().level() == Location.Level.COUNTRY && Objects.equals(p.location().countryCode(), by.countryCode())) {
                continue;
            }
            kept.add(p);
        }
        if (kept.size() > 1) {
            kept.removeIf(p -> dateline(text, offset, p)); // "MOSCOW, Jan 14 (Reuters) - A drone attack ... in Rostov-on-Don"
        }
        boolean hasFiner = kept.stream().anyMatch(p -> p.location().level() != Location.Level.COUNTRY);
        if (hasFiner) {
            List<PlaceMention> all = List.copyOf(kept);
            kept.removeIf(p -> p.location().level() == Location.Level.COUNTRY
                    && r.tolls().stream().noneMatch(t -> nearest(t, all) == p));
        }
        List<PlaceMention> references = kept.stream()
                .filter(p -> REFERENCE_POINT.matcher(text.substring(Math.max(0, p.start() - offset - LOOK_BACK), p.start() - offset)).find()).toList();
        boolean locatesAnother = references.size() < kept.size(); // "al-Nasr, north of Rafah": Rafah is all that says where
        kept.removeIf(p -> containerOfPrevious(text, offset, p, kept) || openingContainer(text, offset, p, kept) || nearPrevious(text, offset, p, kept)
                || otherEnd(text, offset, p, kept) || frontNamedAfter(text, offset, p, kept)
                || locatesAnother && references.contains(p) || possessiveContainer(text, offset, p, kept));
        if (kept.size() > 1) {
            List<PlaceMention> withTolls = kept.stream().filter(p -> r.tolls().stream().anyMatch(t -> tellsOf(t, p, kept) && !joint(t, p, kept))
                    || WHERE.matcher(text.substring(p.end() - offset)).lookingAt()).toList();
            if (!withTolls.isEmpty()) {
                return withTolls;
            }
            List<PlaceMention> struck = kept.stream().filter(p -> p.cued() && (!precededBy(text, p.start() - offset, NOT_STRUCK_BEFORE)
                    || precededBy(text, p.start() - offset, SETTLEMENT_OF))).toList();
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
                    && CONTAINER_GAP.matcher(text.substring(q.end() - offset, p.start() - offset)).matches() && contains(p.location(), q.location())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "In Mykolaiv Oblast, Russia shelled the town of Snihurivka": a region or country that opens the sentence with "In"
     * and holds a finer place the sentence names after it only says where that place is.
     */
    private static boolean openingContainer(String text, int offset, PlaceMention p, List<PlaceMention> places) {
        if (p.location().level().ordinal() < Location.Level.ADMIN1.ordinal() || !OPENING_IN.matcher(text.substring(0, p.start() - offset)).matches()
                || !text.startsWith(",", p.end() - offset)) {
            return false;
        }
        return places.stream().anyMatch(q -> q.start() > p.end() && q.location().level().ordinal() < p.location().level().ordinal()
                && contains(p.location(), q.location()));
    }

    /**
     * "on the highway between Stanislav and Oleksandrivka", "the Kupiansk-Lyman axis": the second of two places that
     * bound a road, a line or a stretch only says which way it runs; the first locates it.
     */
    private static boolean otherEnd(String text, int offset, PlaceMention p, List<PlaceMention> places) {
        for (PlaceMention q : places) {
            if (q.end() > p.start() || p.start() - q.end() > 6) {
                continue;
            }
            String gap = text.substring(q.end() - offset, p.start() - offset);
            if (HYPHEN.matcher(gap).matches() && ROAD_AFTER.matcher(text.substring(p.end() - offset)).lookingAt()
                    || JOINED.matcher(gap).matches() && BETWEEN_BEFORE.matcher(text.substring(Math.max(0, q.start() - offset - 40), q.start() - offset)).find()) {
                return true;
            }
        }
        return false;
    }

    /** "fighting on the Kupiansk-Lyman axis": both towns only name a stretch of the front, where no one attack fell. */
    private static boolean frontNamedAfter(String text, int offset, PlaceMention p, List<PlaceMention> places) {
        for (PlaceMention q : places) {
            if (q.start() >= p.end() && q.start() - p.end() <= 6 && HYPHEN.matcher(text.substring(p.end() - offset, q.start() - offset)).matches()
                    && FRONT_AFTER.matcher(text.substring(q.end() - offset)).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** "a building in Ramat Gan, near Tel Aviv": a place named right after another only to say where that one is. */
    private static boolean nearPrevious(String text, int offset, PlaceMention p, List<PlaceMention> places) {
        for (PlaceMention q : places) {
            if (q.end() <= p.start() && p.start() - q.end() <= 30 && NEAR_GAP.matcher(text.substring(q.end() - offset, p.start() - offset)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the place opens the sentence in capitals before a comma or a bracket, as a dateline does ("MOSCOW, Jan 14
     * (Reuters) -", "KHARTOUM (AP) -", "QUETTA: A ..."), or stands in capitals before a day and an agency anywhere ("January 14, 2026
     * MOSCOW, Jan 14 (Reuters) –"): where the report was filed, not what was hit.
     */
    private static boolean dateline(String text, int offset, PlaceMention p) {
        int at = p.start() - offset;
        if (p.text().length() <= 3 || !p.text().equals(p.text().toUpperCase(Locale.ROOT))) {
            return false;
        }
        String after = text.substring(p.end() - offset);
        return at <= 2 && DATELINE_AFTER.matcher(after).lookingAt() || FILED_AFTER.matcher(after).lookingAt(); // after a date line too
    }

    /** Whether the coarser place can hold the finer one: "Fordo, Natanz and Isfahan" is a list, not a site in Natanz. */
    private static boolean contains(Location coarse, Location fine) {
        return switch (coarse.level()) {
            case COUNTRY -> Objects.equals(coarse.countryCode(), fine.countryCode());
            case ADMIN1 -> Objects.equals(coarse.name(), fine.admin1()) || fine.admin1() == null && Objects.equals(coarse.countryCode(), fine.countryCode());
            default -> Objects.equals(coarse.admin1(), fine.admin1()) && (coarse.lat() == null || fine.lat() == null || coarse.kmTo(fine) <= 30);
        };
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
        return party && (ACTOR_VERB_BEFORE.matcher(before).find() && !STRUCK_AGAINST.matcher(before).find()
                || !p.cued() && ACTOR_VERB_AFTER.matcher(after).lookingAt());
    }

    /** The last two words of a lower-case text, the first "" when there is one word only. */
    private static String[] lastTwoWords(String before) {
        int end = before.length(), cut = before.lastIndexOf(' ', end - 1);
        String last = before.substring(cut + 1);
        if (cut < 0) {
            return new String[] {"", last};
        }
        int cut2 = before.lastIndexOf(' ', cut - 1);
        return new String[] {before.substring(cut2 + 1, cut), last};
    }

    private static boolean precededBy(String text, int at, Pattern words) {
        return words.matcher(text.substring(Math.max(0, at - 40), at)).find();
    }
}
