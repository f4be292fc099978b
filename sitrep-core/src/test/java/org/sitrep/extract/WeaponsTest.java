package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.Words;

class WeaponsTest {

    private final Lexicon lexicon = Lexicon.load("/org/sitrep/extract/weapons.tsv");

    private Set<String> of(String text) {
        return Weapons.of(lexicon, Words.of(text));
    }

    @Test
    void aWeaponWordBeforeASiteOrFactoryNamesATarget() {
        assertEquals(Set.of("airstrike"), of("Fighter jets bombed a reactor, along with dozens of missile sites."));
        assertEquals(Set.of(), of("The strike hit a drone factory."));
        assertEquals(Set.of(), of("The map showed nuclear facilities, missile facilities and radar defences."));
        assertEquals(Set.of(), of("The military escorted us to an artillery position."));
    }

    @Test
    void weaponsSuppliedOrUsedInGeneralAreNotFired() {
        assertEquals(Set.of(), of("The army accused the UAE of supplying the paramilitary fighters with the drones."));
        assertEquals(Set.of(), of("The RSF stepped up its use of drones after it was driven out of central Sudan."));
    }

    @Test
    void aSpecificMissileMakesTheGenericOneRedundant() {
        assertEquals(Set.of("ballistic_missile", "drone"), of("Russia fired drones and an Iskander ballistic missile; the missile hit a school."));
    }

    @Test
    void weaponsKeptSomewhereAreNotFiredThere() {
        assertEquals(Set.of(), of("Photos show dozens of small black drones stored in wooden crates inside a shed."));
        assertEquals(Set.of("drone"), of("Drones struck a warehouse in Chelyabinsk."));
    }
}
