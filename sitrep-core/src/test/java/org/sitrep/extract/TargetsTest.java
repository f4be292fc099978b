package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.Words;

class TargetsTest {

    private final Targets targets = new Targets(Lexicon.load("/org/sitrep/extract/targets.tsv"));

    private Set<String> of(String text) {
        return targets.of(Words.of(text));
    }

    @Test
    void aHospitalWhoseStaffSpeakOrWhereTheWoundedWereTakenIsNoTarget() {
        assertEquals(Set.of(), of("At least 11 people were killed, Al-Shifa hospital staff told news agencies."));
        assertEquals(Set.of("residential"), of("A drone hit a home; four wounded were taken to a nearby hospital."));
        assertEquals(Set.of("healthcare"), of("A missile struck the Soroka hospital in Beersheba."));
    }

    @Test
    void aBuildingNamedForWhatItIsCountsOnlyAsThat() {
        assertEquals(Set.of("energy"), of("Jets bombed a nuclear development building and an inactive reactor."));
        assertEquals(Set.of("residential"), of("Debris fell on a nine-storey building."));
    }

    @Test
    void aidSitesAndMilitaryInstallationsAreTargets() {
        assertEquals(Set.of("humanitarian"), of("Two were killed at a GHF distribution site."));
        assertEquals(Set.of("military"), of("Pakistan struck back at Indian military installations."));
    }

    @Test
    void vehiclesPlaygroundsAndSportsGroundsAreOtherTargetsAndMetroStationsTransport() {
        assertEquals(Set.of("other"), of("A shell landed near our vehicle."));
        assertEquals(Set.of("other"), of("The missile hit a playground."));
        assertEquals(Set.of("transport"), of("An entrance to a metro station was damaged."));
    }

    @Test
    void soldiersCountedAmongTheDeadAreAMilitaryTargetButNotSoldiersWhoAct() {
        assertEquals(Set.of("military"), of("In 2016, 19 Indian soldiers were killed in Uri."));
        assertEquals(Set.of(), of("Russian troops shelled the town."));
        assertEquals(Set.of(), of("Air defences destroyed 95 unmanned aerial vehicles."));
    }

    @Test
    void aHospitalInATownThatSpeaksIsNoTarget() {
        assertEquals(Set.of(), of("Nasser hospital in Khan Younis said it had received the bodies of 19 people."));
    }

    @Test
    void oilDepotsAreEnergyAndAmmunitionDepotsMilitary() {
        assertEquals(Set.of("energy"), of("A drone attack set fire to an oil depot."));
        assertEquals(Set.of("military"), of("Forces struck an ammunition depot."));
    }

    @Test
    void portsAndShipsAreTransport() {
        assertEquals(Set.of("transport"), of("Drones struck the port of Odesa, damaging a civilian ship."));
    }
}
