package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * GeoNames places (cities500), admin1 units and countries, indexed by folded name and alternate name.
 * Built by {@code scripts/build-gazetteer}; loaded once and read-only afterwards, so it is thread-safe.
 */
final class Gazetteer {

    static final String RESOURCE = "/org/sitrep/geo/gazetteer.tsv.gz";
    private static final Pattern ADMIN_WORDS = Pattern.compile("\\b(oblast|oblast'|region|province|governorate|state|krai|kray|republic|city|district|area)\\b");
    private static final java.util.Set<String> ARABIC_SPEAKING = java.util.Set.of("AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY",
            "MA", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE");

    /** Endings of a country's adjective and what ends its name instead: "indian" India, "ukrainian" Ukraine, "lebanese" Lebanon. */
    private static final String[][] ADJECTIVE_ENDINGS = {{"n", ""}, {"i", ""}, {"ian", ""}, {"ian", "e"}, {"ese", ""}, {"ese", "on"}};

    record Place(int geonameId, String name, double lat, double lon, String featureCode, String countryCode,
                 String admin1Code, int population) {
        boolean isCapital() {
            return featureCode.equals("PPLC") || featureCode.equals("PPLA");
        }
    }

    record Admin1(String code, String name, double lat, double lon, long population) {
        String countryCode() {
            return code.substring(0, 2);
        }
    }

    /** A country; {@code neighbours}: the ISO codes of the countries it borders. */
    record Country(String code, String name, double lat, double lon, java.util.Set<String> neighbours) {
    }

    /**
     * Place rows as read, each parsed into a {@link Place} the first time a lookup returns it: most of the 200,000
     * places are never asked for, and parsing them all took half the start-up. A race parses a row twice, harmlessly.
     */
    private final List<String> placeRows = new ArrayList<>(210_000);
    private Place[] parsed;
    private final Map<String, int[]> placesByName = new HashMap<>(600_000);
    private final Map<String, Admin1> admin1ByCode = new HashMap<>();
    private final Map<String, List<Admin1>> admin1ByBase = new HashMap<>();
    private final Map<String, Country> countriesByCode = new HashMap<>();
    private final Map<String, Country> countriesByName = new HashMap<>();
    private int longestName = 1;
    /** The first words of every name of two words or more: a word not among them starts no longer name. */
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    /** One instance of each of the few feature codes, country codes and admin1 codes. */
    private final Map<String, String> codes = new HashMap<>();

    static Gazetteer load() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource " + RESOURCE + " is missing; run scripts/build-gazetteer");
        }
        Gazetteer g = new Gazetteer();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("P\t")) {
                    g.addPlace(line);
                } else {
                    g.add(fields(line));
                }
            }
            g.parsed = new Place[g.placeRows.size()];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + RESOURCE, e);
        }
        return g;
    }

    /** The tab-separated fields of one row (String.split would compile nothing here, but allocates more). */
    private static String[] fields(String line) {
        String[] out = new String[10];
        int n = 0;
        int from = 0;
        while (n < out.length - 1) {
            int tab = line.indexOf('\t', from);
            if (tab < 0) {
                break;
            }
            out[n++] = line.substring(from, tab);
            from = tab + 1;
        }
        out[n++] = line.substring(from);
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private void add(String[] c) {
        switch (c[0]) {
            case "A" -> {
                Admin1 a = new Admin1(c[1], c[2], Double.parseDouble(c[3]), Double.parseDouble(c[4]), Long.parseLong(c[5]));
                admin1ByCode.put(a.code(), a);
                admin1ByBase.computeIfAbsent(base(a.name()), k -> new ArrayList<>()).add(a);
                firstWord(base(a.name()));
            }
            case "C" -> {
                java.util.Set<String> neighbours = c.length > 6 && !c[6].isEmpty() ? java.util.Set.of(c[6].split("\\|")) : java.util.Set.of();
                Country country = new Country(c[1], c[2], Double.parseDouble(c[3]), Double.parseDouble(c[4]), neighbours);
                countriesByCode.put(country.code(), country);
                countriesByName.put(Names.fold(country.name()), country);
                firstWord(Names.fold(country.name()));
                if (!c[5].isEmpty()) {
                    for (String alt : c[5].split("\\|")) {
                        countriesByName.putIfAbsent(Names.fold(alt), country);
                        firstWord(Names.fold(alt));
                    }
                }
            }
            default -> throw new IllegalStateException("gazetteer row of unknown kind '" + c[0] + "'");
        }
    }

    /** Keeps a place row and indexes it under its keys (the last field, folded by the build script, "|"-separated). */
    private void addPlace(String row) {
        int index = placeRows.size();
        placeRows.add(row);
        int tab = row.lastIndexOf('\t');
        for (int from = tab + 1, bar; from < row.length(); from = bar + 1) {
            bar = row.indexOf('|', from);
            if (bar < 0) {
                bar = row.length();
            }
            index(row.substring(from, bar), index);
        }
    }

    private Place place(int index) {
        Place p = parsed[index];
        if (p == null) {
            String[] c = fields(placeRows.get(index));
            p = new Place(Integer.parseInt(c[1]), c[2], Double.parseDouble(c[3]), Double.parseDouble(c[4]),
                    shared(c[5]), shared(c[6]), shared(c[7]), Integer.parseInt(c[8]));
            parsed[index] = p;
        }
        return p;
    }

    /** Indexes a place under a key already folded by the build script (Names.fold in Python). */
    private String shared(String code) {
        synchronized (codes) {
            String known = codes.putIfAbsent(code, code);
            return known == null ? code : known;
        }
    }

    private void index(String key, int place) {
        if (key.isEmpty()) {
            return;
        }
        int[] old = placesByName.get(key);
        if (old == null) {
            placesByName.put(key, new int[] {place});
        } else if (old[old.length - 1] != place) {
            int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = place;
            placesByName.put(key, grown);
        }
        int words = 1;
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
            if (words == 1) {
                firstWords.add(key.substring(0, i));
            }
            words++;
        }
        longestName = Math.max(longestName, words);
    }

    /** The admin1 name without its type word: "Kharkiv Oblast" and "Kharkiv" both give "kharkiv". */
    static String base(String admin1Name) {
        String folded = Names.fold(admin1Name);
        if (folded.indexOf(' ') < 0 && !ADMIN_WORDS.matcher(folded).find()) {
            return folded; // one word and no type word: nothing to take off
        }
        return ADMIN_WORDS.matcher(folded).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    private void firstWord(String foldedName) {
        int space = foldedName.indexOf(' ');
        if (space > 0) {
            firstWords.add(foldedName.substring(0, space));
        }
    }

    /** Whether some place, country or admin1 name of two words or more starts with this folded word. */
    boolean startsLongerName(String foldedWord) {
        return firstWords.contains(foldedWord);
    }

    /** Whether any place is known under this folded name (no place is parsed to tell). */
    boolean hasPlace(String foldedName) {
        return ids(foldedName) != null;
    }

    List<Place> places(String foldedName) {
        int[] ids = ids(foldedName);
        if (ids == null) {
            return List.of();
        }
        List<Place> out = new ArrayList<>(ids.length);
        for (int i : ids) {
            out.add(place(i));
        }
        return out;
    }

    /**
     * The places known under a name; else, in an Arabic-speaking country, under the name's other transliteration of
     * a final tā' marbūṭa: "Hodeidah" is GeoNames' "Hodeida", "Saada" its "Saadah".
     */
    private int[] ids(String foldedName) {
        int[] ids = placesByName.get(foldedName);
        if (ids != null || foldedName.length() < 5 || !foldedName.endsWith("a") && !foldedName.endsWith("ah")) {
            return ids;
        }
        String other = foldedName.endsWith("ah") ? foldedName.substring(0, foldedName.length() - 1) : foldedName + "h";
        int[] found = placesByName.get(other);
        if (found == null) {
            return null;
        }
        int[] arabic = java.util.Arrays.stream(found).filter(i -> ARABIC_SPEAKING.contains(place(i).countryCode())).toArray();
        return arabic.length == 0 ? null : arabic;
    }

    List<Admin1> admin1ByBaseName(String foldedBase) {
        return admin1ByBase.getOrDefault(foldedBase, List.of());
    }

    Admin1 admin1ByCode(String code) {
        return admin1ByCode.get(code);
    }

    Admin1 admin1(String countryCode, String admin1Code) {
        return admin1ByCode.get(countryCode + "." + admin1Code);
    }

    Country country(String code) {
        return countriesByCode.get(code);
    }

    Country countryByName(String foldedName) {
        return countriesByName.get(foldedName);
    }

    /** The country a folded adjective names ("pakistani", "iranian", "sudanese"), or null. */
    Country countryByAdjective(String folded) {
        String code = org.sitrep.lexicon.Demonyms.english().countryOf(folded);
        if (code != null && country(code) != null) {
            return country(code);
        }
        for (String[] e : ADJECTIVE_ENDINGS) {
            if (folded.length() > e[0].length() + 3 && folded.endsWith(e[0])) {
                Country c = countriesByName.get(folded.substring(0, folded.length() - e[0].length()) + e[1]);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** An admin1 unit as a location: its centre, rounded as the build script leaves place coordinates. */
    org.sitrep.model.Location location(Admin1 a) {
        Country k = country(a.countryCode());
        return new org.sitrep.model.Location(a.name(), a.name(), null, k == null ? null : k.name(), a.countryCode(),
                round(a.lat()), round(a.lon()), org.sitrep.model.Location.Level.ADMIN1, null);
    }

    /** A place as a location called {@code name} (its own name, or the spelling the text used) at {@code level}. */
    org.sitrep.model.Location location(Place p, String name, org.sitrep.model.Location.Level level) {
        Admin1 a = admin1(p.countryCode(), p.admin1Code());
        Country k = country(p.countryCode());
        return new org.sitrep.model.Location(name, a == null ? null : a.name(), null, k == null ? null : k.name(), p.countryCode(),
                p.lat(), p.lon(), level, p.geonameId());
    }

    /** A settlement the gazetteer lacks, called {@code name}, put at the centre of the unit it is said to be in. */
    org.sitrep.model.Location unlisted(String name, Admin1 a) {
        Country k = country(a.countryCode());
        return new org.sitrep.model.Location(name, a.name(), null, k == null ? null : k.name(), a.countryCode(),
                round(a.lat()), round(a.lon()), org.sitrep.model.Location.Level.CITY, null);
    }

    /** A settlement the gazetteer lacks, called {@code name}, put where the town its district is named after is. */
    org.sitrep.model.Location unlisted(String name, Place centre) {
        org.sitrep.model.Location at = location(centre, name, org.sitrep.model.Location.Level.CITY);
        return new org.sitrep.model.Location(name, at.admin1(), null, at.country(), at.countryCode(), at.lat(), at.lon(),
                org.sitrep.model.Location.Level.CITY, null);
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** A place under one of its folded names. */
    record Named(String key, Place place) {
    }

    private final Map<String, List<Named>> namesByAdmin1 = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Every place of one admin1 unit ("UA.21") under each of its folded names, for readings that compare a name's
     * beginning rather than the whole; built the first time a unit is asked for (a scan of the place rows).
     */
    List<Named> namesIn(String admin1Code) {
        return namesByAdmin1.computeIfAbsent(admin1Code, code -> {
            String cc = code.substring(0, 2), a1 = code.substring(3);
            List<Named> out = new ArrayList<>();
            for (int i = 0; i < placeRows.size(); i++) {
                String[] c = fields(placeRows.get(i));
                if (c[6].equals(cc) && c[7].equals(a1)) {
                    Place p = place(i);
                    for (String key : c[9].split("\\|")) {
                        out.add(new Named(key, p));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /** The most words any indexed name has; longer token runs need not be looked up. */
    int longestName() {
        return Math.min(longestName, 5);
    }
}
