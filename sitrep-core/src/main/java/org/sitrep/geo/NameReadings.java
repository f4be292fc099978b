package org.sitrep.geo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.geo.GazetteerPlaceFinder.Candidate;
import org.sitrep.geo.GazetteerPlaceFinder.Kind;
import org.sitrep.lexicon.Calendar;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The readings of a run of capitalised words, tried in order: each either reads the run as a place of its kind (and
 * adds the candidate, or nothing when the run is read as no place by what follows it), says the run names no place,
 * or passes to the next. The list in {@link #readings} is the whole rule, top to bottom.
 */
final class NameReadings {

    /** What a reading made of a run: read (the run is taken), no place (the run names none), or pass. */
    enum Verdict { READ, NO_PLACE, PASS }

    /** One reading of a run of words. */
    @FunctionalInterface
    interface Reading {
        Verdict read(Run run, List<Candidate> out);
    }

    /** The run of {@code n} tokens from {@code i} in a sentence: its text, its folded key and the words around it. */
    record Run(Sentence s, List<Token> t, int i, int n, String text, String key) {

        String next() {
            return i + n < t.size() ? t.get(i + n).text() : "";
        }

        String nextLower() {
            return next().toLowerCase(Locale.ROOT);
        }

        String prevLower() {
            return i > 0 ? t.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
        }

        String prev2() {
            return i > 1 ? t.get(i - 2).text().toLowerCase(Locale.ROOT) + " " + prevLower() : "";
        }

        Candidate as(String candidateKey, Kind kind, boolean cued) {
            return new Candidate(s.index(), t.get(i).start(), t.get(i + n - 1).end(), text, candidateKey, kind, cued);
        }
    }

    private static final java.util.Set<String> APPOSITION_AFTER = java.util.Set.of("in", "of", "near", "outside", "north", "south", "east", "west");
    private static final Pattern REGION_LIST = Pattern.compile("\\b(?:regions|oblasts|provinces)\\s+(?:,\\s+)?(?:including|such as|like)$");
    private final Gazetteer gazetteer;
    private final Sites sites;
    private final Map<String, String> aliases;
    private final Set<String> notPlaces;
    private final Predicate<String> isActor;
    private final Calendar calendar;
    private final Cues cues;

    /**
     * The words around a name that say what it names: place cues, region words, district words, followers, street words,
     * and the particles inside names ("al", "bin", "de").
     */
    record Cues(Set<String> before, Set<String> admin, Set<String> district, Set<String> followers, Set<String> streets,
                Set<String> particles, Set<String> settlements, Set<String> generic) {

        /** Whether the words around a name call it a settlement: "the village of X" (before), "X village" (next word). */
        boolean callSettlement(String lowerBefore, String lowerNext) {
            return settlements.contains(lowerNext) || settlements.stream().anyMatch(w -> lowerBefore.endsWith(w + " of "));
        }
    }

    private final List<Reading> readings = List.of(
            this::site,          // "the Belaya air base", "Fordo": a site by its name or its kind word
            this::unlisted,      // "the village of Darajamal": a settlement no index holds, named as one
            this::bareRegion,    // "in North Kivu": a region by its own name, which no town shares
            this::unknown,       // most runs name nothing any index holds
            this::notAPlace,     // "Central", an actor ("Hamas"), a month ("May")
            this::abbreviation,  // "UK", "IRGC": not the towns that share the letters
            this::alias,         // "Pakistan-administered Kashmir"
            this::river,         // "the Dnipro river": no place at all
            this::street,        // "Salah al-Din Street", "the Kuwait roundabout": a street named for a person, town or country
            this::listedRegion,  // "Bryansk, Kursk and Oryol regions", "regions such as Sumy"
            this::governor,      // "Voronezh governor": the region's
            this::regionWord,    // "Sumy region", "Kharkiv oblast"
            this::country,       // "Ukraine", but not "the Saudi hospital"
            this::noTown,        // no populated place of that name
            this::district,      // "the Obolonskyi district", or "X district of Y" (Y comes next)
            this::longerName,    // "Vladimir Putin", "Soroka Medical Center"
            this::town);         // a populated place, cued by "in", "near"... or not

    NameReadings(Gazetteer gazetteer, Sites sites, Map<String, String> aliases, Set<String> notPlaces, Predicate<String> isActor,
                 Calendar calendar, Cues cues) {
        this.gazetteer = gazetteer;
        this.sites = sites;
        this.aliases = aliases;
        this.notPlaces = notPlaces;
        this.isActor = isActor;
        this.calendar = calendar;
        this.cues = cues;
    }

    /** Reads the run of {@code n} tokens from {@code i}; whether it was read as a place (or as no place by its follower). */
    boolean read(Sentence s, int i, int n, List<Candidate> out) {
        List<Token> t = s.tokens();
        Token first = t.get(i), last = t.get(i + n - 1);
        if (!Character.isLetter(last.text().charAt(last.text().length() - 1))) {
            return false;
        }
        String text = s.text().substring(first.start() - s.start(), last.end() - s.start());
        if (text.contains(",") || text.contains(".")) {
            return false;
        }
        Run run = new Run(s, t, i, n, text, Names.fold(text));
        for (Reading reading : readings) {
            Verdict v = reading.read(run, out);
            if (v != Verdict.PASS) {
                return v == Verdict.READ;
            }
        }
        throw new IllegalStateException("no reading decided on '" + text + "'");
    }

    private Verdict site(Run r, List<Candidate> out) {
        String key = r.key();
        String siteKey = sites.get(key) != null ? key
                : sites.keyAfterKindWord(key, r.s().text().substring(0, r.t().get(r.i()).start() - r.s().start()));
        if (siteKey == null && !indexed(key)) {
            siteKey = sites.keyOfName(key); // "Fordo, Natanz and Isfahan": a site's name that names no town is the site
        }
        if (siteKey == null) {
            return Verdict.PASS;
        }
        out.add(r.as(siteKey, Kind.SITE, true));
        return Verdict.READ;
    }

    /** "Darajamal, a community in Bama": a name followed by a settlement word in apposition. */
    private boolean appositive(Run r) {
        int k = r.i() + r.n();
        if (k + 2 >= r.t().size() || !r.t().get(k).text().equals(",")) {
            return false;
        }
        String article = r.t().get(k + 1).text().toLowerCase(Locale.ROOT);
        int word = article.equals("a") || article.equals("the") ? k + 2 : k + 1;
        while (word < r.t().size() && word < k + 4 && !cues.settlements().contains(r.t().get(word).text().toLowerCase(Locale.ROOT))
                && Character.isLowerCase(r.t().get(word).text().charAt(0))) {
            word++; // "a small farming village"
        }
        return word < r.t().size() && cues.settlements().contains(r.t().get(word).text().toLowerCase(Locale.ROOT))
                && word + 1 < r.t().size() && APPOSITION_AFTER.contains(r.t().get(word + 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * A run no index holds that the words around it name as a settlement: "the village of X", "X village", "the
     * community of X". The place finder puts it in the region the article places it in.
     */
    private Verdict unlisted(Run r, List<Candidate> out) {
        String key = r.key();
        if (r.n() > 1 && cues.before().contains(r.t().get(r.i()).text().toLowerCase(Locale.ROOT))) {
            return Verdict.PASS; // "In Bilopillia hromada": the sentence's first word is no part of the name
        }
        for (int k = r.i(); k < r.i() + r.n(); k++) {
            String w = r.t().get(k).text();
            if (!Character.isUpperCase(w.charAt(0)) && !cues.particles().contains(w.toLowerCase(java.util.Locale.ROOT))
                    || cues.settlements().contains(w.toLowerCase(java.util.Locale.ROOT)) || cues.admin().contains(w.toLowerCase(java.util.Locale.ROOT))
                    || cues.district().contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return Verdict.PASS; // a name is capitalised words ("Bani Suhaila", "Deir al-Balah"), not a phrase
            }
        }
        if (indexed(key) || !gazetteer.admin1ByBaseName(Gazetteer.base(r.text())).isEmpty() || notPlaces.contains(key) || isActor.test(key)
                || gazetteer.countryByAdjective(key) != null) { // "a Palestinian village" names no village
            return Verdict.PASS;
        }
        String before = r.s().text().substring(0, r.t().get(r.i()).start() - r.s().start()).toLowerCase(java.util.Locale.ROOT);
        if (!cues.callSettlement(before, r.nextLower()) && !appositive(r) || calendar.names(r.text())) {
            return Verdict.PASS;
        }
        out.add(r.as(key, Kind.UNLISTED, true));
        return Verdict.READ;
    }

    /**
     * "fighting in North Kivu", "the Lubero territory of North Kivu": a region named without a region word, where a place
     * word comes before it and no town, country or alias goes by the name; not a word many regions are called by
     * ("Central", "Lakes").
     */
    private Verdict bareRegion(Run r, List<Candidate> out) {
        String base = Gazetteer.base(r.text());
        boolean cued = cued(r) || r.prevLower().equals("of");
        if (!cued || indexed(r.key()) || cues.generic().contains(base) || gazetteer.countryByAdjective(r.key()) != null || gazetteer.admin1ByBaseName(base).isEmpty()
                || r.t().subList(r.i(), r.i() + r.n()).stream().anyMatch(w -> !Character.isUpperCase(w.text().charAt(0)))) {
            return Verdict.PASS;
        }
        out.add(r.as(r.key(), Kind.ADMIN1, true));
        return Verdict.READ;
    }

    /** Whether any index holds the run: an alias, a country, a place, or an admin1 unit when a region word or "and" follows. */
    private Verdict unknown(Run r, List<Candidate> out) {
        String key = r.key(), nextLower = r.nextLower();
        boolean known = indexed(key)
                || (cues.admin().contains(nextLower) || nextLower.equals("governor") || nextLower.equals("and") || nextLower.equals(","))
                && !gazetteer.admin1ByBaseName(Gazetteer.base(r.text())).isEmpty();
        return known ? Verdict.PASS : Verdict.NO_PLACE;
    }

    /** Whether an alias, a country or a place goes by this folded name. */
    private boolean indexed(String key) {
        return aliases.containsKey(key) || gazetteer.countryByName(key) != null || gazetteer.hasPlace(key);
    }

    private Verdict notAPlace(Run r, List<Candidate> out) {
        return notPlaces.contains(r.key()) || isActor.test(r.key()) || calendar.names(r.text()) ? Verdict.NO_PLACE : Verdict.PASS;
    }

    private Verdict abbreviation(Run r, List<Candidate> out) {
        String text = r.text();
        boolean abbreviation = text.length() <= 4 && text.equals(text.toUpperCase(Locale.ROOT)) && !aliases.containsKey(r.key())
                && gazetteer.countryByName(r.key()) == null;
        return abbreviation ? Verdict.NO_PLACE : Verdict.PASS;
    }

    private Verdict alias(Run r, List<Candidate> out) {
        if (!aliases.containsKey(r.key())) {
            return Verdict.PASS;
        }
        out.add(r.as(r.key(), Kind.ALIAS, true));
        return Verdict.READ;
    }

    private Verdict river(Run r, List<Candidate> out) {
        return r.nextLower().equals("river") ? Verdict.READ : Verdict.PASS;
    }

    /** A name in a list of regions is the region, unless the region is the city itself ("Moscow"). */
    private Verdict listedRegion(Run r, List<Candidate> out) {
        String nextLower = r.nextLower();
        boolean coordinated = (nextLower.equals("and") || nextLower.equals(",")) && regionsAfterList(r.t(), r.i() + r.n());
        if (!coordinated && !regionOfList(r.t(), r.i())) {
            return Verdict.PASS;
        }
        List<Gazetteer.Admin1> units = gazetteer.admin1ByBaseName(Gazetteer.base(r.text()));
        if (units.isEmpty() || !coordinated && units.stream().anyMatch(a -> Names.fold(a.name()).equals(r.key()) && cityIsUnit(r.key(), a))) {
            return Verdict.PASS;
        }
        out.add(r.as(r.key(), Kind.ADMIN1, true));
        return Verdict.READ;
    }

    private Verdict governor(Run r, List<Candidate> out) {
        if (!r.nextLower().equals("governor") || gazetteer.admin1ByBaseName(Gazetteer.base(r.text())).isEmpty()) {
            return Verdict.PASS;
        }
        out.add(r.as(r.key(), Kind.ADMIN1, true));
        return Verdict.READ;
    }

    /** "Sumy region": the candidate spans the region word too; not "the Kyiv district of X" nor a name no index holds. */
    private Verdict regionWord(Run r, List<Candidate> out) {
        if (!cues.admin().contains(r.nextLower()) || isDistrictOf(r.t(), r.i() + r.n())
                || gazetteer.admin1ByBaseName(Gazetteer.base(r.text())).isEmpty() && !gazetteer.hasPlace(r.key())) {
            return Verdict.PASS;
        }
        Token first = r.t().get(r.i()), cue = r.t().get(r.i() + r.n());
        String s = r.s().text();
        out.add(new Candidate(r.s().index(), first.start(), cue.end(), s.substring(first.start() - r.s().start(), cue.end() - r.s().start()),
                r.key(), Kind.ADMIN1, true));
        return Verdict.READ;
    }

    /** A country, unless a short name is used of a thing after "the" ("the Saudi hospital"). */
    private Verdict country(Run r, List<Candidate> out) {
        Gazetteer.Country country = gazetteer.countryByName(r.key());
        if (country == null) {
            return Verdict.PASS;
        }
        String next = r.next();
        boolean attributive = r.prevLower().equals("the") && !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                && !Names.fold(country.name()).equals(r.key());
        if (!attributive) {
            out.add(r.as(r.key(), Kind.COUNTRY, cued(r)));
        }
        return Verdict.READ;
    }

    private Verdict noTown(Run r, List<Candidate> out) {
        return gazetteer.hasPlace(r.key()) ? Verdict.PASS : Verdict.NO_PLACE;
    }

    private Verdict district(Run r, List<Candidate> out) {
        if (!cues.district().contains(r.nextLower())) {
            return Verdict.PASS;
        }
        if (!isDistrictOf(r.t(), r.i() + r.n())) {
            out.add(r.as(r.key(), Kind.DISTRICT, true));
        }
        return Verdict.READ;
    }

    private Verdict longerName(Run r, List<Candidate> out) {
        String next = r.next();
        boolean longer = !next.isEmpty() && Character.isUpperCase(next.charAt(0)) && !cues.followers().contains(r.nextLower())
                && gazetteer.countryByName(Names.fold(next)) == null;
        return longer ? Verdict.NO_PLACE : Verdict.PASS;
    }

    private Verdict street(Run r, List<Candidate> out) {
        List<Token> t = r.t();
        int k = r.i() + r.n();
        for (int words = 0; k < t.size() && words < 4 && !cues.streets().contains(t.get(k).text().toLowerCase(Locale.ROOT))
                && namePart(t.get(k).text(), cues.particles()); words++) {
            k++; // "al-Din", "Khmelnytskoho"
        }
        return k < t.size() && cues.streets().contains(t.get(k).text().toLowerCase(Locale.ROOT)) && Character.isUpperCase(t.get(k).text().charAt(0))
                ? Verdict.NO_PLACE : Verdict.PASS;
    }

    /** A word of a name of several words: capitalised, a hyphen, a particle ("al", "bin", "de") or a hyphened one ("al-Din"). */
    private static boolean namePart(String word, Set<String> particles) {
        return word.equals("-") || Character.isUpperCase(word.charAt(0)) || particles.contains(word)
                || word.indexOf('-') > 0 && particles.contains(word.substring(0, word.indexOf('-')));
    }

    private Verdict town(Run r, List<Candidate> out) {
        out.add(r.as(r.key(), Kind.PLACE, cued(r) || cues.followers().contains(r.nextLower())));
        return Verdict.READ;
    }

    private boolean cued(Run r) {
        return cues.before().contains(r.prevLower()) || cues.before().contains(r.prev2());
    }

    /** "Bryansk, Kursk and Oryol regions": from {@code k}, over the names of a list, a plural region word. */
    private static boolean regionsAfterList(List<Token> t, int k) {
        int names = 0;
        while (k < t.size() && k < 40 && (t.get(k).text().equals(",") || t.get(k).text().equals("and") || GazetteerPlaceFinder.startsName(t.get(k).text()))) {
            names += GazetteerPlaceFinder.startsName(t.get(k).text()) ? 1 : 0;
            k++;
        }
        return names > 0 && k < t.size() && t.get(k).text().matches("(?i)regions|oblasts|provinces");
    }

    /** Whether the unit is all but the city of its name (Moscow), not a region around a city (Chelyabinsk, Rostov). */
    private boolean cityIsUnit(String key, Gazetteer.Admin1 unit) {
        return gazetteer.places(key).stream().anyMatch(p -> unit.code().endsWith("." + p.admin1Code())
                && p.countryCode().equals(unit.countryCode()) && p.population() * 2L >= unit.population());
    }

    /** "several regions including Kyiv", "regions such as Kharkiv, Sumy and Poltava": a name in a list of regions is the region. */
    private static boolean regionOfList(List<Token> t, int i) {
        int start = i;
        while (start > 0 && start > i - 12 && (GazetteerPlaceFinder.startsName(t.get(start - 1).text()) || t.get(start - 1).text().equals(",")
                || t.get(start - 1).text().equals("and"))) {
            start--; // back over the names listed before this one
        }
        StringBuilder before = new StringBuilder();
        for (int k = Math.max(0, start - 3); k < start; k++) {
            before.append(' ').append(t.get(k).text().toLowerCase(Locale.ROOT));
        }
        return REGION_LIST.matcher(before).find();
    }

    private static boolean isDistrictOf(List<Token> t, int cueIndex) {
        return cueIndex + 1 < t.size() && t.get(cueIndex + 1).text().equalsIgnoreCase("of");
    }
}
