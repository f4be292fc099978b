package org.sitrep.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.Words;

/**
 * The weapons a sentence says were used, and the rules between weapon codes: a specific type makes its generic
 * parent redundant. A weapon word before a word for a place or an industry names a target, not a weapon used:
 * "missile sites", "a drone factory", "air defence systems"; one after words of trade or use speaks of weapons in
 * general: "supplying the fighters with drones", "its own use of drones".
 */
final class Weapons {

    /** "its own use of drones", "supplying the fighters with drones": weapons spoken of, not fired. */
    private static final Pattern TRADE_BEFORE = Pattern.compile("(?i)\\b(?:use of|supply(?:ing)?|supplied|provid(?:e|es|ing|ed)|deliver(?:y|ies|ing|ed)?|"
            + "production of|producing|acquir(?:e|ed|ing)|bought|buying|sold|selling|stockpiles? of)\\s+(?:[\\w'’-]+\\s+){0,6}$");
    private static final Pattern TARGET_AFTER = Pattern.compile("(?i)^\\s+(?:sites?|launchers?|factor(?:y|ies)|plants?|production|"
            + "depots?|bases?|stockpiles?|storage|warehouses?|programmes?|programs?|industry|defen[cs]es?|systems?|makers?|facilit(?:y|ies)|units?|positions?)\\b");

    /** "drones neatly stashed in wooden cabins": weapons kept somewhere, not fired there. */
    private static final Pattern STORED_AFTER = Pattern.compile("(?i)^(?:\\s+\\w+ly)?\\s+(?:stashed|stored|hidden|kept|stockpiled|smuggled|assembled)\\b");
    private static final Set<String> MISSILES = Set.of("ballistic_missile", "cruise_missile", "hypersonic_missile");

    private Weapons() {
    }

    /** The weapon codes of a sentence's words, generic parents dropped. */
    static Set<String> of(Lexicon lexicon, Words words) {
        Set<String> out = new LinkedHashSet<>();
        for (Lexicon.Match m : lexicon.find(words)) {
            String before = words.text().substring(Math.max(0, m.start() - 60), m.start());
            String after = words.text().substring(m.end());
            if (!TARGET_AFTER.matcher(after).find() && !TRADE_BEFORE.matcher(before).find() && !STORED_AFTER.matcher(after).lookingAt()) {
                out.add(m.value());
            }
        }
        dropGeneric(out);
        return out;
    }

    /** Removes "missile" when a specific missile is named, and "aerial_bomb" when the bomb is guided. */
    static void dropGeneric(Set<String> weapons) {
        if (weapons.stream().anyMatch(MISSILES::contains)) {
            weapons.remove("missile");
        }
        if (weapons.contains("guided_aerial_bomb")) {
            weapons.remove("aerial_bomb");
        }
    }
}
