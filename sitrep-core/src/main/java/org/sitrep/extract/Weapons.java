package org.sitrep.extract;

import java.util.Set;

/** Rules between weapon codes: a specific type makes its generic parent redundant. */
final class Weapons {

    private static final Set<String> MISSILES = Set.of("ballistic_missile", "cruise_missile", "hypersonic_missile");

    private Weapons() {
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
