package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.lexicon.Calendar;
import org.sitrep.lexicon.Resources;
import org.sitrep.model.Location;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Gazetteer-first place finding (see DESIGN.md): capitalised token runs are looked up, longest first,
 * among countries, admin1 units ("Sumy region") and places; cue words and the article's own countries
 * decide between namesakes, population is the prior. Two passes: the first collects the countries the
 * article is about, the second resolves every name against them.
 */
final class GazetteerPlaceFinder implements PlaceFinder {

    /** Between a village and the town it is told near: "X near Belgorod", "X outside the city of Y". */
    private static final Pattern NEAR = Pattern.compile("\\s+(?:near|outside)\\s+(?:the\\s+(?:city|town)\\s+of\\s+)?");
    /** Between a place and its region: "X, Y region", "X in Y", "X in the Z district of Y". */
    private static final Pattern IN_UNIT = Pattern.compile("\\s*,\\s*|\\s+in\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}"
            + "(?i:district|territory|county|zone|area|local government area|lga|chieftaincy)\\s*,?\\s+(?:of|in)\\s+(?:the\\s+)?)?");
    private static final int MIN_POPULATION_WITHOUT_CONTEXT = 100_000;
    private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile(",\\s*|,?\\s+and\\s+");
    private static final int MIN_POPULATION_CUED = 15_000;
    private static final int VILLAGE = 10_000;
    /** A town a region named just before may claim for itself over a namesake elsewhere, when no word calls it a village. */
    private static final int TOWN = 50_000;
    private static final Pattern OPENING_IN = Pattern.compile("(?i)\\s*in\\s+(?:the\\s+)?");
    /** The weight of a country the article is mostly about; its neighbours' towns may then be named by other spellings. */
    private static final double FOCUS = 0.5;
    /** The context key that marks a country bordering the article's focus. */
    private static final String NEIGHBOUR = "near:";
    private static final Set<String> AGE_OPEN = Set.of(",", "("), AGE_CLOSE = Set.of(",", ")", ";");
    private static final Pattern AGE = Pattern.compile("\\d{1,2}|1[01]\\d");
    /** What naming a region just before a place adds to its namesakes there, beside any region the article names. */
    private static final double LAST_REGION = 1.0;
    /** The weight a region named in the article has in its context (a big city's region has less). */
    private static final double NAMED_REGION = 2.0;
    /** "hit back at Indian military installations": a country's adjective before what was hit there names where. */
    private static final Set<String> STRUCK_BEFORE = Set.of("at", "on", "against", "hit", "struck", "targeted", "attacked", "bombed", "shelled");
    private static final Set<String> SITE_MODIFIERS = Set.of("military", "air", "army", "naval", "energy", "nuclear", "oil", "border",
            "power", "defence", "defense", "missile", "gas");
    private static final Set<String> SITES_OF_A_COUNTRY = Set.of("installations", "bases", "sites", "facilities",
            "territory", "cities", "towns", "villages", "airfields", "airbases", "infrastructure", "refineries", "plants");

    private final Gazetteer gazetteer;
    private final Predicate<String> isActor;
    private final Set<String> notPlaces = new HashSet<>();
    private final Set<String> before = new HashSet<>();
    private final Set<String> admin = new HashSet<>();
    private final Set<String> district = new HashSet<>();
    private final Set<String> followers = new HashSet<>();
    private final Set<String> streets = new HashSet<>();
    private final Set<String> particles = new HashSet<>();
    private final Set<String> settlements = new HashSet<>();
    private final Set<String> generic = new HashSet<>();
    private final java.util.Map<String, String> aliases = new HashMap<>();
    private int longestAlias = 1;
    private final Set<String> aliasFirstWords = new HashSet<>();
    private final Sites sites = Sites.load();
    private final Calendar calendar = Calendar.english();
    private final Set<String> titles = Set.copyOf(Resources.lines("/org/sitrep/lang/en/titles.txt"));
    private final Set<String> functionWords = Set.copyOf(Resources.lines("/org/sitrep/lang/en/function-words.txt"));
    private final Set<String> givenNames = new HashSet<>(Resources.lines("/org/sitrep/lang/en/given-names.txt"));
    private final NameReadings.Cues cues;
    private final NameReadings names;

    private final java.util.Map<String, PlaceFinder> otherLanguages = new java.util.concurrent.ConcurrentHashMap<>();

    /** Ukrainian and Russian places, in their case forms, on this finder's gazetteer. */
    @Override
    public PlaceFinder forLanguage(String language) {
        return switch (language) {
            case "uk", "ru" -> otherLanguages.computeIfAbsent(language, l -> new CyrillicPlaceFinder(gazetteer, l));
            default -> this;
        };
    }

    GazetteerPlaceFinder(Gazetteer gazetteer, Predicate<String> isActor) {
        this.gazetteer = gazetteer;
        this.isActor = isActor;
        Resources.lines("/org/sitrep/geo/not-places.txt").forEach(w -> notPlaces.add(Names.fold(w)));
        for (String line : Resources.lines("/org/sitrep/geo/aliases.tsv")) {
            String[] kv = line.split("\t");
            String key = Names.fold(kv[0]);
            aliases.put(key, kv[1]);
            if (key.indexOf(' ') > 0) {
                aliasFirstWords.add(key.substring(0, key.indexOf(' ')));
            }
            longestAlias = Math.max(longestAlias, key.split(" ").length + 2);
        }
        for (String line : Resources.lines("/org/sitrep/geo/cues.txt")) {
            String[] kv = line.split("\t");
            String w = kv[1].toLowerCase(Locale.ROOT);
            switch (kv[0]) {
                case "before" -> before.add(w);
                case "admin" -> admin.add(w);
                case "district" -> district.add(w);
                case "follower" -> followers.add(w);
                case "street" -> streets.add(w);
                case "particle" -> particles.add(w);
                case "settlement" -> settlements.add(w);
                case "generic" -> generic.add(w);
                default -> throw new IllegalStateException("cues.txt: unknown cue kind '" + kv[0] + "'");
            }
        }
        cues = new NameReadings.Cues(before, admin, district, followers, streets, particles, settlements, generic);
        names = new NameReadings(gazetteer, sites, aliases, notPlaces, isActor, calendar, cues);
    }

    enum Kind { COUNTRY, ADMIN1, ALIAS, DISTRICT, PLACE, SITE, UNLISTED }

    record Candidate(int sentence, int start, int end, String text, String key, Kind kind, boolean cued) {
    }

    @Override
    public List<PlaceMention> find(List<Sentence> sentences) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> people = new HashSet<>();
        for (Sentence s : sentences) {
            org.sitrep.limit.TimeBudget.check();
            scan(s, candidates, people);
        }
        Map<String, Double> context = context(candidates);
        List<PlaceMention> out = new ArrayList<>();
        String lastRegion = null;
        int lastRegionSentence = -1;
        boolean regionOpens = false; // "In Donetsk Oblast, ...": the region is where the sentences after it happen
        Map<String, Location> placed = new HashMap<>(); // "the village of X in Y region ... in X": the same X again
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Location loc = c.kind() == Kind.UNLISTED ? unlisted(c, lastRegion, context)
                    : resolve(c, lastRegion == null ? context : withRegion(context, lastRegion));
            if (loc == null && c.kind() == Kind.PLACE && settlementNamed(c, sentences)) {
                loc = unlisted(c, lastRegion, context); // "Nasir town": a namesake far away, too small to be meant, is no reason to lose it
            }
            if (loc != null && loc.level() == Location.Level.ADMIN1) {
                String code = regionCode(loc);
                boolean opens = OPENING_IN.matcher(textBefore(c, sentences)).matches();
                regionOpens = Objects.equals(code, lastRegion) && c.sentence() == lastRegionSentence ? regionOpens || opens : opens;
                lastRegion = code;
                lastRegionSentence = c.sentence();
            } else if (loc != null && c.kind() == Kind.PLACE && c.sentence() - lastRegionSentence <= 1 && lastRegion != null
                    && !inRegion(loc, lastRegion) && (settlementNamed(c, sentences) ? village(c, loc) : regionOpens && c.cued() && smallerThan(c, loc, TOWN))) {
                // "In Donetsk Oblast, ... the village of Hirnyk"; "Attacks on Kherson Oblast killed two. A man died in the village of X";
                // "In Donetsk Oblast, seven were hurt. Three were wounded in Vyshneve": not the Vyshneve of another oblast
                Location there = placeIn(c, gazetteer.admin1ByCode(lastRegion));
                loc = there != null ? there : unlisted(c, lastRegion, context);
            }
            Location town = loc != null && c.kind() == Kind.PLACE && i + 1 < candidates.size() ? townNear(c, candidates.get(i + 1), sentences, context) : null;
            if (town != null && (!town.admin1().equals(loc.admin1()) || loc.geonameId() == null) && settlementNamed(c, sentences)) {
                loc = nearTown(c, town); // "the village of Otradnoye near Belgorod": not the Otradnoye of another region
            }
            Gazetteer.Admin1 unit = loc != null && loc.level() == Location.Level.CITY && i + 1 < candidates.size()
                    ? unitNamedAfter(c, candidates.get(i + 1), sentences, context) : null;
            if (unit != null && !(unit.countryCode().equals(loc.countryCode()) && unit.name().equals(loc.admin1()))) {
                Location there = placeIn(c, unit); // "Novooleksandrivka in Dnipropetrovsk region" is not Melitopol's old name
                loc = there != null || !settlementNamed(c, sentences) ? there // none: the region says where
                        : gazetteer.unlisted(c.text().replaceAll("\\s+", " "), unit); // "the village of X in Y region": a village the gazetteer lacks
            }
            if (loc != null && (c.kind() == Kind.PLACE || c.kind() == Kind.UNLISTED)) {
                Location before = placed.putIfAbsent(c.key(), loc);
                loc = before != null && !before.equals(loc) && placedByWords(before) ? before : loc;
            }
            if (loc != null) {
                out.add(new PlaceMention(c.sentence(), c.start(), c.end(), c.text(), loc, c.cued()));
            }
        }
        return cueLists(out, sentences);
    }

    /**
     * "in five regions - Murmansk, Irkutsk, Ivanovo, Ryazan and Amur": three or more places joined by commas (and a
     * final "and") are named alike, so all of them count as cued as places where something happened.
     */
    private static List<PlaceMention> cueLists(List<PlaceMention> found, List<Sentence> sentences) {
        List<PlaceMention> out = new ArrayList<>(found);
        int i = 0;
        while (i < out.size()) {
            int j = i;
            boolean and = false;
            while (j + 1 < out.size() && out.get(j + 1).sentence() == out.get(i).sentence() && out.get(j + 1).start() >= out.get(j).end()) {
                Sentence s = sentenceOf(sentences, out.get(i).sentence());
                String gap = s.text().substring(out.get(j).end() - s.start(), out.get(j + 1).start() - s.start());
                if (!LIST_GAP.matcher(gap).matches() || and) {
                    break;
                }
                and = gap.contains("and");
                j++;
            }
            if (j - i >= 2) {
                for (int k = i; k <= j; k++) {
                    PlaceMention p = out.get(k);
                    out.set(k, new PlaceMention(p.sentence(), p.start(), p.end(), p.text(), p.location(), true));
                }
            }
            i = j + 1;
        }
        return out;
    }

    /** The region named right after a place ("X in Dnipropetrovsk region", "X, Kharkiv region"), or null. */
    private Gazetteer.Admin1 unitNamedAfter(Candidate c, Candidate next, List<Sentence> sentences, Map<String, Double> context) {
        if (c.kind() != Kind.PLACE || next.kind() != Kind.ADMIN1 || next.sentence() != c.sentence()) {
            return null;
        }
        Sentence s = sentenceOf(sentences, c.sentence());
        String between = s.text().substring(c.end() - s.start(), next.start() - s.start());
        return IN_UNIT.matcher(between).matches() ? bestAdmin1(next, context) : null;
    }

    /** The town named right after a place with "near" or "outside" ("X near Belgorod"), or null. */
    private Location townNear(Candidate c, Candidate next, List<Sentence> sentences, Map<String, Double> context) {
        if (next.sentence() != c.sentence() || next.kind() != Kind.PLACE) {
            return null;
        }
        Sentence s = sentenceOf(sentences, c.sentence());
        if (!NEAR.matcher(s.text().substring(c.end() - s.start(), next.start() - s.start())).matches()) {
            return null;
        }
        Location town = resolve(next, context);
        return town != null && town.level() == Location.Level.CITY && town.admin1() != null ? town : null;
    }

    /** A village told near a town: its namesake in the town's region, else where the town is, with no GeoNames id. */
    private Location nearTown(Candidate c, Location town) {
        Gazetteer.Admin1 unit = gazetteer.admin1ByBaseName(Gazetteer.base(town.admin1())).stream()
                .filter(a -> a.name().equals(town.admin1()) && a.countryCode().equals(town.countryCode())).findFirst().orElse(null);
        Location there = unit == null ? null : placeIn(c, unit);
        return there != null ? there : new Location(c.text().replaceAll("\\s+", " "), town.admin1(), null, town.country(),
                town.countryCode(), town.lat(), town.lon(), Location.Level.CITY, null);
    }

    /** Whether the words around a name placed it where no gazetteer entry of its name is: an unlisted settlement. */
    private static boolean placedByWords(Location loc) {
        return loc.geonameId() == null && loc.level() == Location.Level.CITY;
    }

    /** The text of a candidate's sentence before it. */
    private static String textBefore(Candidate c, List<Sentence> sentences) {
        Sentence s = sentenceOf(sentences, c.sentence());
        return s.text().substring(0, c.start() - s.start());
    }

    /** Whether the words around a candidate call it a settlement: "the village of X", "X village". */
    private boolean settlementNamed(Candidate c, List<Sentence> sentences) {
        Sentence s = sentenceOf(sentences, c.sentence());
        String before = s.text().substring(0, c.start() - s.start()).toLowerCase(Locale.ROOT);
        String after = s.text().substring(c.end() - s.start()).toLowerCase(Locale.ROOT).stripLeading();
        int space = after.indexOf(' ');
        String next = (space < 0 ? after : after.substring(0, space)).replaceAll("\\W+$", "");
        return cues.callSettlement(before, next);
    }

    /** Whether a candidate resolved to a village of under {@value #VILLAGE} people, whose namesakes are many; not a town. */
    private boolean village(Candidate c, Location loc) {
        return smallerThan(c, loc, VILLAGE);
    }

    private boolean smallerThan(Candidate c, Location loc, int people) {
        return gazetteer.places(c.key()).stream().filter(p -> loc.geonameId() != null && p.geonameId() == loc.geonameId())
                .allMatch(p -> p.population() < people);
    }

    /** Whether a place lies in the admin1 unit of this code. */
    private boolean inRegion(Location place, String admin1Code) {
        Gazetteer.Admin1 a = gazetteer.admin1ByCode(admin1Code);
        return a == null || a.name().equals(place.admin1()) && a.countryCode().equals(place.countryCode());
    }

    private Location placeIn(Candidate c, Gazetteer.Admin1 unit) {
        return gazetteer.places(c.key()).stream()
                .filter(p -> unit.code().equals(p.countryCode() + "." + p.admin1Code()))
                .max(java.util.Comparator.comparingInt(Gazetteer.Place::population))
                .map(p -> location(c, p)).orElse(null);
    }

    private static Sentence sentenceOf(List<Sentence> sentences, int index) {
        Sentence s = sentences.get(Math.min(index, sentences.size() - 1));
        return s.index() == index ? s : sentences.stream().filter(x -> x.index() == index).findFirst().orElseThrow();
    }

    @Override
    public java.util.Optional<Location> lookup(String name) {
        String text = name.strip();
        String key = Names.fold(text);
        String[] words = key.split(" ");
        Candidate c;
        if (sites.get(key) != null) {
            c = new Candidate(-1, 0, text.length(), text, key, Kind.SITE, true);
        } else if (aliases.containsKey(key)) {
            c = new Candidate(-1, 0, text.length(), text, key, Kind.ALIAS, true);
        } else if (words.length > 1 && admin.contains(words[words.length - 1])) {
            String base = key.substring(0, key.lastIndexOf(' '));
            c = new Candidate(-1, 0, text.length(), text, base, Kind.ADMIN1, true);
        } else if (gazetteer.countryByName(key) != null) {
            c = new Candidate(-1, 0, text.length(), text, key, Kind.COUNTRY, true);
        } else {
            c = new Candidate(-1, 0, text.length(), text, key, Kind.PLACE, true);
        }
        return java.util.Optional.ofNullable(resolve(c, Map.of()));
    }

    /**
     * Scans one sentence. {@code people} collects the parts of personal names met so far ("Merav Manay"),
     * so that a later "Merav stayed in the flat" is not read as the village of Merav.
     */
    private void scan(Sentence s, List<Candidate> out, Set<String> people) {
        List<Token> t = s.tokens();
        int listedUntil = listedSites(s, out);
        boolean headline = headline(t); // once a sentence, not once a word
        int i = 0;
        while (i < t.size()) {
            int matched = 0;
            String word = t.get(i).text();
            if (t.get(i).start() < listedUntil) {
                i++;
                continue;
            }
            String folded = startsName(word) ? Names.fold(word) : null;
            if (folded != null && titled(t, i)) {
                int k = i; // "governor Alexander Gusev": every word of a titled name is a person's, not the town of Gusev
                for (; k < t.size() && k < i + 3 && startsName(t.get(k).text()); k++) {
                    people.add(Names.fold(t.get(k).text()));
                }
                i = k;
                continue;
            }
            int person = folded == null ? 0 : personBefore(t, i);
            if (person > 0) {
                for (int k = i; k < i + person; k++) {
                    people.add(Names.fold(t.get(k).text()));
                }
                i += person;
                continue;
            }
            if (folded != null && !people.contains(folded)) {
                boolean longer = gazetteer.startsLongerName(folded) || sites.startsLongerName(folded) || aliasFirstWords.contains(folded);
                int longest = longer ? Math.max(Math.max(gazetteer.longestName(), longestAlias), sites.longest()) : 1;
                for (int n = Math.min(longest, t.size() - i); n >= 1 && matched == 0; n--) {
                    matched = names.read(s, i, n, out) ? n : 0;
                }
                if (matched == 0 && countryByAdjective(s, i, out)) {
                    matched = 1;
                }
                if (matched == 0 && personName(s, i)) {
                    people.add(Names.fold(word));
                    people.add(Names.fold(t.get(i + 1).text()));
                }
                if (matched == 0 && !headline && partOfLongerName(t, i, folded)) {
                    matched = 1;
                    while (i + matched < t.size() && startsName(t.get(i + matched).text())) {
                        matched++; // "Ngueny Boma": not the town of Boma, a name no index holds
                    }
                }
            }
            i += Math.max(matched, 1);
        }
    }

    /**
     * "the Olenya, Ivanovo, Dyagilevo and Belaya airbases": each name of the list with the plural kind word after
     * it is a site when "name + kind" is one. Returns the end offset of the last list found (its names are taken),
     * or -1.
     */
    private int listedSites(Sentence s, List<Candidate> out) {
        int until = -1;
        for (Sites.Listed l : sites.lists(s.text())) {
            out.add(new Candidate(s.index(), s.start() + l.start(), s.start() + l.end(), l.text(), l.key(), Kind.SITE, true));
            until = s.start() + l.listEnd();
        }
        return until;
    }

    /** "at Indian military installations", "struck Russian oil refineries": the adjective at {@code i} as its country. */
    private boolean countryByAdjective(Sentence s, int i, List<Candidate> out) {
        List<Token> t = s.tokens();
        if (i == 0 || !STRUCK_BEFORE.contains(t.get(i - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = i + 1;
        while (k < t.size() && k <= i + 2 && SITE_MODIFIERS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k >= t.size() || !SITES_OF_A_COUNTRY.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Gazetteer.Country c = gazetteer.countryByAdjective(Names.fold(t.get(i).text()));
        if (c == null) {
            return false;
        }
        out.add(new Candidate(s.index(), t.get(i).start(), t.get(i).end(), t.get(i).text(), Names.fold(c.name()), Kind.COUNTRY, true));
        return true;
    }

    /**
     * Two capitalised words inside a sentence, neither a country nor a town of any size nor a function word
     * ("The"): a person's first and last name. Sentence starts are passed over ("In Mykolaiv" is not a name).
     */
    private boolean personName(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (i == 0 || i + 1 >= t.size() || !startsName(t.get(i + 1).text()) || functionWords.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT))) {
            return false; // "... killed in Tillaberi The Tillaberi region": a headline run into the next line
        }
        String first = Names.fold(t.get(i).text()), last = Names.fold(t.get(i + 1).text());
        return !followers.contains(last) && !notPlaces.contains(first) && gazetteer.countryByName(first) == null
                && gazetteer.countryByName(last) == null && gazetteer.places(first + " " + last).isEmpty()
                && !town(first) && !town(last)
                && (!startsName(t.get(i - 1).text()) || titles.contains(t.get(i - 1).text().toLowerCase(Locale.ROOT)));
    }

    private boolean town(String key) {
        return gazetteer.places(key).stream().anyMatch(p -> p.population() >= 50_000);
    }

    /**
     * How many words from {@code i} name a person by their form, not by any list of places: a name before an age
     * ("Hassan, 34,", "Nada (9)"), or a given name before a surname ("Lima Haddad") that no place cue precedes
     * ("in Lima" stays a place). 0 when neither.
     */
    private int personBefore(List<Token> t, int i) {
        int n = 1;
        while (i + n < t.size() && n < 3 && startsName(t.get(i + n).text()) && !followers.contains(t.get(i + n).text().toLowerCase(Locale.ROOT))) {
            n++;
        }
        if (i + n + 2 < t.size() && AGE_OPEN.contains(t.get(i + n).text()) && AGE.matcher(t.get(i + n + 1).text()).matches()
                && AGE_CLOSE.contains(t.get(i + n + 2).text())) {
            return n;
        }
        if (i == 0) {
            return 0; // a sentence's first word may be any word ("In Kharkiv, ...")
        }
        String first = t.get(i).text(), prev = t.get(i - 1).text().toLowerCase(Locale.ROOT);
        if (n >= 2 && givenName(first) && !before.contains(prev) && !STRUCK_BEFORE.contains(prev)
                && !gazetteer.hasPlace(Names.fold(t.get(i).text() + " " + t.get(i + 1).text()))
                && gazetteer.countryByName(Names.fold(t.get(i + 1).text())) == null) {
            return n;
        }
        return 0;
    }

    /** A given name that names no country or region either ("Israel", "Georgia") and is no calendar word ("May"). */
    private boolean givenName(String word) {
        String key = Names.fold(word);
        return word.length() > 2 && givenNames.contains(word) && gazetteer.countryByName(key) == null
                && gazetteer.admin1ByBaseName(Gazetteer.base(key)).isEmpty() && !calendar.names(word);
    }

    private boolean titled(List<Token> t, int i) {
        return i > 0 && titles.contains(t.get(i - 1).text().toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /**
     * Whether the capitalised word at {@code i}, which names nothing any index holds, begins a longer name with the
     * capitalised words after it: not at a sentence's start, not a function or calendar word (the caller passes over
     * headlines, whose words are mostly capitalised).
     */
    private boolean partOfLongerName(List<Token> t, int i, String folded) {
        if (i == 0 || i + 1 >= t.size() || !startsName(t.get(i + 1).text()) || functionWords.contains(folded) || calendar.names(t.get(i).text())
                || gazetteer.hasPlace(folded) || gazetteer.countryByName(folded) != null || aliases.containsKey(folded)
                || !gazetteer.admin1ByBaseName(folded).isEmpty() || gazetteer.countryByAdjective(folded) != null || isActor.test(folded)) {
            return false;
        }
        return true;
    }

    /** Whether half or more of a sentence's words are capitalised, as in a headline. */
    private static boolean headline(List<Token> t) {
        long words = t.stream().filter(w -> Character.isLetter(w.text().charAt(0))).count();
        long capitalised = t.stream().filter(w -> startsName(w.text())).count();
        return capitalised * 2 >= words;
    }

    static boolean startsName(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && token.length() > 1;
    }

    /**
     * Weight per country code: how much of the article is about it, 1.0 for the most named; and 1.0 for each admin1
     * unit the article names, by its code ("UA.05").
     */
    private Map<String, Double> context(List<Candidate> candidates) {
        Map<String, Double> counts = new HashMap<>();
        Map<String, Double> units = new HashMap<>();
        for (Candidate c : candidates) {
            String cc = switch (c.kind()) {
                case COUNTRY -> gazetteer.countryByName(c.key()).code();
                case ALIAS -> {
                    Gazetteer.Admin1 a = gazetteer.admin1ByCode(aliases.get(c.key()));
                    if (a != null) {
                        units.put(a.code(), NAMED_REGION); // "we drove into the Donetsk region ... the city of Pokrovsk": the region's own Pokrovsk
                    }
                    yield aliases.get(c.key()).substring(0, 2);
                }
                case SITE -> sites.get(c.key()).admin1Code().substring(0, 2);
                case ADMIN1 -> {
                    Gazetteer.Admin1 a = bestAdmin1(c, Map.of());
                    if (a != null) {
                        units.put(a.code(), NAMED_REGION);
                    }
                    yield a == null ? null : a.countryCode();
                }
                default -> {
                    List<Gazetteer.Place> ps = gazetteer.places(c.key());
                    Gazetteer.Place best = ps.stream().max((a, b) -> Integer.compare(a.population(), b.population())).orElse(null);
                    if (c.kind() == Kind.PLACE) {
                        ps.stream().filter(p -> p.population() >= MIN_POPULATION_WITHOUT_CONTEXT && Names.fold(p.name()).equals(c.key()))
                                .max(java.util.Comparator.comparingInt(Gazetteer.Place::population))
                                .ifPresent(p -> units.merge(p.countryCode() + "." + p.admin1Code(), 1.0, Math::max)); // a big city, its region
                    }
                    // a big city's name says which country the article is about; another spelling only if the city is very big
                    // ("Kharkov"), not a foreign one of a smaller city ("Kila", Kiel, in a Lebanese village's name)
                    int floor = Names.fold(best == null ? "" : best.name()).equals(c.key()) ? MIN_POPULATION_WITHOUT_CONTEXT : 1_000_000;
                    yield best != null && best.population() >= floor ? best.countryCode() : null;
                }
            };
            if (cc != null) {
                counts.merge(cc, 1.0, Double::sum);
            }
        }
        double max = counts.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        counts.replaceAll((k, v) -> v / max);
        Map<String, Double> near = new HashMap<>();
        counts.forEach((cc, w) -> {
            Gazetteer.Country k = w >= FOCUS ? gazetteer.country(cc) : null;
            if (k != null) {
                k.neighbours().forEach(n -> near.put(NEIGHBOUR + n, 1.0)); // "Jenin" in a report that names only Israel
            }
        });
        counts.putAll(near);
        counts.putAll(units);
        return counts;
    }


    /**
     * "Attacks on Kherson Oblast killed two ... A man was killed in the village of Sadove": the region named last is
     * where a village told after it most likely lies, more than any other region the article names.
     */
    private static Map<String, Double> withRegion(Map<String, Double> context, String region) {
        Map<String, Double> near = new HashMap<>(context);
        near.merge(region, LAST_REGION, Double::sum);
        return near;
    }

    /** The admin1 code ("UA.08") of the region a candidate was resolved to, or null. */
    private String regionCode(Location region) {
        return gazetteer.admin1ByBaseName(Gazetteer.base(region.name())).stream()
                .filter(a -> a.name().equals(region.name()) && a.countryCode().equals(region.countryCode()))
                .map(Gazetteer.Admin1::code).findFirst().orElse(null);
    }

    private Location resolve(Candidate c, Map<String, Double> context) {
        switch (c.kind()) {
            case COUNTRY -> {
                Gazetteer.Country k = gazetteer.countryByName(c.key());
                return new Location(k.name(), null, null, k.name(), k.code(), k.lat(), k.lon(), Location.Level.COUNTRY, null);
            }
            case SITE -> {
                Sites.Site site = sites.get(c.key());
                Gazetteer.Admin1 a = gazetteer.admin1ByCode(site.admin1Code());
                Gazetteer.Country k = gazetteer.country(site.admin1Code().substring(0, 2));
                return new Location(site.name(), a == null ? null : a.name(), null, k == null ? null : k.name(),
                        site.admin1Code().substring(0, 2), site.lat(), site.lon(), Location.Level.POINT, null);
            }
            case ADMIN1, ALIAS -> {
                Gazetteer.Admin1 a = c.kind() == Kind.ALIAS ? gazetteer.admin1ByCode(aliases.get(c.key())) : bestAdmin1(c, context);
                if (a == null) {
                    return null;
                }
                return gazetteer.location(a);
            }
            default -> {
                Gazetteer.Place p = bestPlace(c.key(), context, c.cued() || c.kind() == Kind.DISTRICT);
                return p == null ? null : location(c, p);
            }
        }
    }

    /**
     * "the village of Darajamal", "Jibgodo village": a settlement the gazetteer lacks, located as well as the article
     * allows: in the region named last before it, else in a region the article names (a big city does not name its
     * region for this), at that region's centre, with no GeoNames id. Null when the article names no region to put it in.
     */
    private Location unlisted(Candidate c, String lastRegion, Map<String, Double> context) {
        String code = lastRegion;
        if (code == null) {
            code = context.entrySet().stream().filter(e -> e.getKey().length() > 2 && e.getKey().charAt(2) == '.' && e.getValue() >= NAMED_REGION)
                    .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(null);
        }
        Gazetteer.Admin1 a = code == null ? null : gazetteer.admin1ByCode(code);
        if (a == null) {
            return null;
        }
        return gazetteer.unlisted(c.text().replaceAll("\\s+", " "), a);
    }

    private Location location(Candidate c, Gazetteer.Place p) {
        String name = Names.fold(p.name()).equals(c.key()) ? stripAccentsIfSame(c.text(), p.name()) : p.name();
        return gazetteer.location(p, name, c.kind() == Kind.DISTRICT ? Location.Level.ADMIN2 : Location.Level.CITY);
    }

    private static String stripAccentsIfSame(String surface, String name) {
        return surface.equals(name) ? name : surface.replaceAll("\\s+", " ");
    }

    private Gazetteer.Place bestPlace(String key, Map<String, Double> context, boolean cued) {
        Gazetteer.Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Place p : gazetteer.places(key)) {
            double inContext = context.getOrDefault(p.countryCode(), 0.0);
            boolean primary = Names.fold(p.name()).equals(key);
            if (inContext < 0.25 && !primary && !cued) {
                continue; // an alternate spelling of a far-away place: "Lion" is not Lyon, "Gazan" not Jizan
            }
            boolean nearFocus = context.containsKey(NEIGHBOUR + p.countryCode());
            int floor = inContext >= 0.25 ? (cued || primary ? 0 : 20_000)
                    : (primary || nearFocus) && cued ? MIN_POPULATION_CUED : MIN_POPULATION_WITHOUT_CONTEXT;
            if (p.population() < floor) {
                continue;
            }
            double score = Math.log10(p.population() + 10.0) + (p.isCapital() ? 1 : 0) + 3 * inContext
                    + (Names.fold(p.name()).equals(key) ? 1.5 : 0) + context.getOrDefault(p.countryCode() + "." + p.admin1Code(), 0.0);
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return best;
    }

    private Gazetteer.Admin1 bestAdmin1(Candidate c, Map<String, Double> context) {
        String base = Gazetteer.base(c.key());
        List<Gazetteer.Admin1> options = new ArrayList<>(gazetteer.admin1ByBaseName(base));
        if (options.isEmpty()) {
            Gazetteer.Place seat = bestPlace(c.key(), context, true);
            if (seat != null && gazetteer.admin1(seat.countryCode(), seat.admin1Code()) != null) {
                options.add(gazetteer.admin1(seat.countryCode(), seat.admin1Code()));
            }
        }
        Gazetteer.Admin1 best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Admin1 a : options) {
            double score = Math.log10(a.population() + 10.0) + 3 * context.getOrDefault(a.countryCode(), 0.0)
                    - (a.name().toLowerCase(Locale.ROOT).contains("city") ? 2 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }
}
