package org.sitrep.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.Words;

/**
 * The weapons a sentence says were used, and the rules between weapon codes: a specific type makes its generic
 * parent redundant. A weapon word before a word for a place or an industry names a target, not a weapon used:
 * "missile sites", "a drone factory", "air defence systems".
 */
final class Weapons {

    private static final Pattern TARGET_AFTER = Pattern.compile("(?i)^\\s+(?:sites?|launchers?|factor(?:y|ies)|plants?|production|"
            + "depots?|bases?|stockpiles?|storage|warehouses?|programmes?|programs?|industry|defen[cs]es?|systems?|makers?)\\b");

    private static final Set<String> MISSILES = Set.of("ballistic_missile", "cruise_missile", "hypersonic_missile");

    private Weapons() {
    }

    /** The weapon codes of a sentence's words, generic parents dropped. */
    static Set<String> of(Lexicon lexicon, Words words) {
        Set<String> out = new LinkedHashSet<>();
        for (Lexicon.Match m : lexicon.find(words)) {
            if (!TARGET_AFTER.matcher(words.text().substring(m.end())).find()) {
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
