package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.Apostrophes;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.Resources;
import org.sitrep.lexicon.Transliteration;
import org.sitrep.model.Location;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;

/**
 * Places in Ukrainian or Russian text, in any case: "у Харкові" and "до Харкова" are Kharkiv, "в Белгороде" Belgorod,
 * "на Херсонщині" and "Херсонської області" Kherson Oblast. A capitalised word is brought back to the form it has when
 * named, by the language's endings ({@code lang/<code>/place-endings.tsv}), and looked up in the gazetteer under that
 * form and under its Latin spelling. Regions come from {@code regions.tsv}; a hromada ("Білопільська громада") is its
 * centre, found among the places of the regions the article names; a village the gazetteer lacks ("в селе Зозули")
 * is put at the centre of its region. Only the countries the region list covers are searched.
 */
final class CyrillicPlaceFinder implements PlaceFinder {

    /** A town this size or larger is a place wherever it is named; a smaller one only where a word marks it as one. */
    private static final int UNCUED_POPULATION = 100_000;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d](?:[\\p{L}\\d]|'(?=\\p{L}))*");

    private record Word(String text, String lower, int start, int end) {
        boolean capitalised() {
            char c = text.charAt(0);
            return Character.isUpperCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
        }
    }

    private final Gazetteer gazetteer;
    private final Transliteration latin;
    private final Lexicon regions;
    private final Lexicon cues;
    private final List<String[]> endings = new ArrayList<>();
    private final List<String> adjectiveEndings;
    private final Set<String> countries = new TreeSet<>();
    private final Set<String> givenNames;

    CyrillicPlaceFinder(Gazetteer gazetteer, String language) {
        this.gazetteer = gazetteer;
        String dir = "/org/sitrep/lang/" + language + "/";
        this.latin = Transliteration.of(language);
        this.regions = Lexicon.load(dir + "regions.tsv");
        this.cues = Lexicon.load(dir + "place-cues.tsv");
        for (String line : Resources.lines(dir + "place-endings.tsv")) {
            String[] parts = line.split("\t", -1);
            endings.add(new String[] {parts[0], parts.length > 1 ? parts[1] : ""});
        }
        this.adjectiveEndings = Resources.lines(dir + "place-adjectives.txt");
        this.givenNames = Set.copyOf(Resources.lines(dir + "given-names.txt").stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList());
        for (String line : Resources.lines(dir + "regions.tsv")) {
            String code = line.split("\t")[1].split(" ")[0];
            if (gazetteer.admin1ByCode(code) == null) {
                throw new IllegalStateException(dir + "regions.tsv: no admin1 unit " + code + " in the gazetteer");
            }
            countries.add(code.substring(0, 2));
        }
    }

    @Override
    public List<PlaceMention> find(List<Sentence> sentences) {
        List<List<PlaceMention>> regionsOf = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (Sentence s : sentences) {
            List<PlaceMention> r = regionsIn(s);
            regionsOf.add(r);
            r.forEach(m -> named.add(code(m.location())));
        }
        List<PlaceMention> out = new ArrayList<>();
        String lastRegion = null;
        Gazetteer.Place district = null; // "в Глушковском районе": its centre is where a village of it the gazetteer lacks is put
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<PlaceMention> found = new ArrayList<>(regionsOf.get(i));
            List<String> near = new ArrayList<>();
            found.forEach(m -> near.add(code(m.location())));
            if (lastRegion != null) {
                near.add(lastRegion);
            }
            near.addAll(named);
            List<Word> words = words(s);
            Gazetteer.Place here = district(words, near);
            district = here != null ? here : district;
            found.addAll(settlementsIn(s, words, regionsOf.get(i), near, district));
            found.sort(Comparator.comparingInt(PlaceMention::start));
            for (PlaceMention m : found) {
                String c = code(m.location());
                if (c != null) {
                    lastRegion = c;
                }
            }
            out.addAll(found);
        }
        return out;
    }

    @Override
    public Optional<Location> lookup(String name) {
        return bestPlace(forms(name), List.of(), true).map(p -> gazetteer.location(p, p.name(), Location.Level.CITY));
    }

    /** "Харківська область", "Курской области", "на Херсонщині": regions, each with the words that named it. */
    private List<PlaceMention> regionsIn(Sentence s) {
        String text = Apostrophes.plain(s.text());
        List<PlaceMention> out = new ArrayList<>();
        List<Lexicon.Match> cueMatches = cues.find(text);
        for (Lexicon.Match m : regions.find(text)) {
            String[] v = m.value().split(" ");
            int end = m.end();
            if (v[1].equals("adj")) {
                Lexicon.Match next = after(cueMatches, text, end);
                if (next == null || !next.value().equals("region")) {
                    continue;
                }
                end = next.end();
            }
            Gazetteer.Admin1 a = gazetteer.admin1ByCode(v[0]);
            out.add(new PlaceMention(s.index(), s.start() + m.start(), s.start() + end, s.text().substring(m.start(), end),
                    gazetteer.location(a), true));
        }
        return out;
    }

    /** Towns and villages: capitalised words outside the regions, read in their case forms. */
    private static List<Word> words(Sentence s) {
        String text = Apostrophes.plain(s.text());
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(s.text().substring(m.start(), m.end()), text.substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT),
                    m.start(), m.end()));
        }
        return words;
    }

    /** The centre of the district a sentence names ("Глушковский район"), or null. */
    private Gazetteer.Place district(List<Word> words, List<String> near) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).capitalised() && "district".equals(cues.valueOf(words.get(i + 1).lower()))) {
                Gazetteer.Place centre = centre(words.get(i).lower(), near);
                if (centre != null) {
                    return centre;
                }
            }
        }
        return null;
    }

    private List<PlaceMention> settlementsIn(Sentence s, List<Word> words, List<PlaceMention> regionMentions, List<String> near,
                                             Gazetteer.Place district) {
        String text = Apostrophes.plain(s.text());
        List<PlaceMention> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.capitalised() || inside(regionMentions, s.start() + w.start())) {
                continue;
            }
            String before = i > 0 && gapIsSpace(text, words.get(i - 1), w) ? cues.valueOf(words.get(i - 1).lower()) : null;
            String after = i + 1 < words.size() && gapIsSpace(text, w, words.get(i + 1)) ? cues.valueOf(words.get(i + 1).lower()) : null;
            boolean cued = "before".equals(before) || "settlement".equals(before);
            if ("community".equals(after)) {
                Gazetteer.Place centre = centre(w.lower(), near);
                if (centre != null) {
                    out.add(new PlaceMention(s.index(), s.start() + w.start(), s.start() + w.end(), w.text(),
                            gazetteer.location(centre, centre.name(), Location.Level.CITY), true));
                }
                continue;
            }
            if ("district".equals(after)) {
                continue;
            }
            if (i + 1 < words.size() && words.get(i + 1).capitalised() && givenName(w.lower())) {
                i++; // "Ігор Терехов", "Олега Синєгубова": a person
                continue;
            }
            Word last = w;
            Location l = null;
            if (i + 1 < words.size() && words.get(i + 1).capitalised() && gapIsSpace(text, w, words.get(i + 1))) {
                Word next = words.get(i + 1);
                l = settlement(w.text() + " " + next.text(), near, cued);
                if (l != null) {
                    last = next;
                    i++;
                }
            }
            if (l == null) {
                l = settlement(w.text(), near, cued);
            }
            if (l == null && "settlement".equals(before) && (district != null || !near.isEmpty())) {
                if (i + 1 < words.size() && words.get(i + 1).capitalised() && gapIsSpace(text, w, words.get(i + 1))) {
                    last = words.get(++i); // "в селе Нижние Липки"
                }
                String name = titled(latin.latin(s.text().substring(w.start(), last.end())));
                l = name.chars().filter(Character::isLetter).count() < 2 ? null : district != null ? gazetteer.unlisted(name, district) : gazetteer.unlisted(name, gazetteer.admin1ByCode(near.get(0)));
            }
            if (l != null) {
                out.add(new PlaceMention(s.index(), s.start() + w.start(), s.start() + last.end(),
                        s.text().substring(w.start(), last.end()), l, cued));
            }
        }
        return out;
    }

    private Location settlement(String name, List<String> near, boolean cued) {
        return bestPlace(forms(name), near, cued).map(p -> gazetteer.location(p, p.name(), Location.Level.CITY)).orElse(null);
    }

    /** Whether a word is a given name, as written or in another case ("Олега" of Олег). */
    private boolean givenName(String lower) {
        return givenNames.contains(lower) || endings.stream().anyMatch(e -> lower.endsWith(e[0]) && lower.length() > e[0].length() + 2
                && givenNames.contains(lower.substring(0, lower.length() - e[0].length()) + e[1]));
    }

    /**
     * "Білопільська громада", "Глушковский район": the town a hromada or district is named after, by its adjective. The
     * town is a place of the nearest named region whose name begins as the adjective's stem does, with or without its
     * suffix ("рыльск" of Рыльский is Rylsk, "дружбів" of Дружбівська is Druzhba), all but two letters at most.
     */
    private Gazetteer.Place centre(String adjective, List<String> near) {
        List<String> stems = new ArrayList<>();
        for (String e : adjectiveEndings) {
            int at = adjective.lastIndexOf(e);
            if (at > 2 && adjective.length() - at <= e.length() + 3) {
                stems.add(latin.latin(adjective.substring(0, at)));
                stems.add(latin.latin(adjective.substring(0, at + e.length())));
                break;
            }
        }
        for (String code : new LinkedHashSet<>(near)) {
            Gazetteer.Place best = null;
            int bestShared = 0;
            for (String stem : stems) {
                int least = Math.max(4, stem.length() - 2);
                for (Gazetteer.Named n : gazetteer.namesIn(code)) {
                    int shared = sharedPrefix(stem, n.key());
                    if (shared >= least && (shared > bestShared || shared == bestShared && n.place().population() > best.population())) {
                        best = n.place();
                        bestShared = shared;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** The name as written and as the endings bring it back to its named form, each folded, then each in Latin letters. */
    private List<String> forms(String name) {
        String lower = Apostrophes.plain(name).toLowerCase(java.util.Locale.ROOT);
        List<String> cyrillic = new ArrayList<>();
        cyrillic.add(lower);
        for (String[] e : endings) {
            if (lower.endsWith(e[0]) && lower.length() - e[0].length() >= 3) {
                cyrillic.add(lower.substring(0, lower.length() - e[0].length()) + e[1]);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        cyrillic.forEach(c -> out.add(Names.fold(c)));
        cyrillic.forEach(c -> out.add(Names.fold(latin.latin(c))));
        return new ArrayList<>(out);
    }

    /**
     * The gazetteer's best place under the first form that names one in the countries covered: one in a region the
     * text names first (the nearest first), then the most populous. A place no word marks must be a large town.
     */
    private Optional<Gazetteer.Place> bestPlace(List<String> forms, List<String> near, boolean cued) {
        for (String f : forms) {
            Gazetteer.Place best = null;
            int bestRank = Integer.MAX_VALUE;
            for (Gazetteer.Place p : gazetteer.places(f)) {
                if (!countries.contains(p.countryCode())) {
                    continue;
                }
                int rank = near.indexOf(p.countryCode() + "." + p.admin1Code());
                rank = rank < 0 ? near.size() : rank;
                if (best == null || rank < bestRank || rank == bestRank && p.population() > best.population()) {
                    best = p;
                    bestRank = rank;
                }
            }
            if (best != null && (cued || best.population() >= UNCUED_POPULATION)) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    private String code(Location l) {
        if (l.admin1() == null) {
            return null;
        }
        return gazetteer.admin1ByBaseName(Gazetteer.base(l.admin1())).stream()
                .filter(a -> a.name().equals(l.admin1()) && a.countryCode().equals(l.countryCode()))
                .map(Gazetteer.Admin1::code).findFirst().orElse(null);
    }

    private static Lexicon.Match after(List<Lexicon.Match> matches, String text, int end) {
        for (Lexicon.Match m : matches) {
            if (m.start() >= end) {
                return text.substring(end, m.start()).isBlank() ? m : null;
            }
        }
        return null;
    }

    private static boolean inside(List<PlaceMention> mentions, int at) {
        return mentions.stream().anyMatch(p -> p.start() <= at && at < p.end());
    }

    private static boolean gapIsSpace(String text, Word a, Word b) {
        return text.substring(a.end(), b.start()).isBlank();
    }

    /** "nizhnie lipki" as a name: "Nizhnie Lipki". */
    private static String titled(String words) {
        StringBuilder out = new StringBuilder(words);
        for (int i = 0; i < out.length(); i++) {
            if (i == 0 || !Character.isLetter(out.charAt(i - 1))) {
                out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
            }
        }
        return out.toString();
    }

    private static int sharedPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length()), i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
