package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.Resources;

/**
 * Sites that news names and cities500 lacks (air bases, nuclear sites, hospitals, areas of towns), from
 * {@code sites.tsv}, each known under "name + kind word" ("Olenya air base", "Olenegorsk airfield") and
 * areas under their name alone. Keys are folded as gazetteer names are.
 */
final class Sites {

    /** One site: the name it is shown under, where it is, and its admin1 unit's code ("RU.49"). */
    record Site(String name, double lat, double lon, String admin1Code) {
    }

    /** A site named in a list before a plural kind word: offsets in the sentence text, end exclusive. */
    record Listed(int start, int end, String text, String key, int listEnd) {
    }

    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?";
    private static final Pattern ONE_NAME = Pattern.compile(NAME);
    private final Map<String, Site> byKey = new HashMap<>();
    private final Map<String, String> singularOfPlural = new HashMap<>();
    /** Each site name (folded, without kind word) and the kind words it is known with. */
    private final Map<String, List<String>> kindWordsByName = new HashMap<>();
    private final Pattern list;
    private int longest = 1;
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();

    private Sites(Pattern list) {
        this.list = list;
    }

    static Sites load() {
        Map<String, List<String>> words = new HashMap<>();
        for (String line : Resources.lines("/org/sitrep/geo/site-words.tsv")) {
            String[] kv = line.split("\t", -1);
            words.put(kv[0], kv.length < 2 || kv[1].isBlank() ? List.of("") : List.of(kv[1].split("\\|")));
        }
        Map<String, String> singularOfPlural = new HashMap<>();
        List<String> plurals = new ArrayList<>();
        for (List<String> ws : words.values()) {
            for (String w : ws) {
                if (!w.isEmpty()) {
                    singularOfPlural.put(Names.fold(w + "s"), w);
                    plurals.add(Pattern.quote(w + "s"));
                }
            }
        }
        plurals.sort((a, b) -> b.length() - a.length());
        Sites sites = new Sites(Pattern.compile("(" + NAME + "(?:,\\s" + NAME + ")*,?\\s(?:and|&)\\s" + NAME + ")\\s(" + String.join("|", plurals) + ")\\b"));
        sites.singularOfPlural.putAll(singularOfPlural);
        for (String line : Resources.lines("/org/sitrep/geo/sites.tsv")) {
            String[] c = line.split("\t");
            if (c.length != 5 || !words.containsKey(c[1])) {
                throw new IllegalStateException("sites.tsv: line is not names, known kind, lat, lon, admin1 code: '" + line + "'");
            }
            String[] names = c[0].split("\\|");
            List<String> kindWords = words.get(c[1]);
            Site site = new Site(kindWords.get(0).isEmpty() ? names[0] : names[0] + " " + kindWords.get(0),
                    Double.parseDouble(c[2]), Double.parseDouble(c[3]), c[4]);
            for (String name : names) {
                sites.kindWordsByName.computeIfAbsent(Names.fold(name), k -> new ArrayList<>()).addAll(kindWords);
                for (String w : kindWords) {
                    String key = Names.fold(w.isEmpty() ? name : name + " " + w);
                    sites.byKey.putIfAbsent(key, site);
                    if (key.indexOf(' ') > 0) {
                        sites.firstWords.add(key.substring(0, key.indexOf(' ')));
                    }
                    sites.longest = Math.max(sites.longest, key.split(" ").length + 2);
                }
            }
        }
        return sites;
    }

    Site get(String foldedKey) {
        return byKey.get(foldedKey);
    }

    /**
     * "an inactive nuclear reactor at Arak": the key of the site named {@code foldedName} when the text before the
     * name ends in one of its kind words and "at", "in" or "near"; null otherwise.
     */
    String keyAfterKindWord(String foldedName, String textBefore) {
        List<String> kindWords = kindWordsByName.get(foldedName);
        if (kindWords == null) {
            return null;
        }
        String before = Names.fold(textBefore.length() > 60 ? textBefore.substring(textBefore.length() - 60) : textBefore);
        for (String w : kindWords) {
            String folded = Names.fold(w);
            if (!w.isEmpty() && (before.endsWith(folded + " at") || before.endsWith(folded + " in") || before.endsWith(folded + " near"))) {
                return Names.fold(foldedName + " " + w);
            }
        }
        return null;
    }

    /** The key of the site known by this folded name with its first kind word ("fordo" → "fordo nuclear site"), or null. */
    String keyOfName(String foldedName) {
        List<String> kindWords = kindWordsByName.get(foldedName);
        return kindWords == null ? null : Names.fold(kindWords.get(0).isEmpty() ? foldedName : foldedName + " " + kindWords.get(0));
    }

    /** Whether some site key of two words or more starts with this folded word. */
    boolean startsLongerName(String foldedWord) {
        return firstWords.contains(foldedWord);
    }

    /** The most tokens a site's name and kind words take (hyphens are tokens of their own). */
    int longest() {
        return longest;
    }

    /** The sites of every "A, B and C airbases" list in a sentence's text. */
    List<Listed> lists(String text) {
        List<Listed> out = new ArrayList<>();
        if (text.indexOf(" and ") < 0 && text.indexOf(" & ") < 0) {
            return out;
        }
        Matcher m = list.matcher(text);
        while (m.find()) {
            String kind = singularOfPlural.get(Names.fold(m.group(2)));
            Matcher name = ONE_NAME.matcher(m.group(1));
            while (name.find()) {
                String key = Names.fold(name.group() + " " + kind);
                if (byKey.containsKey(key)) {
                    out.add(new Listed(m.start(1) + name.start(), m.start(1) + name.end(), name.group(), key, m.end()));
                }
            }
        }
        return out;
    }
}
