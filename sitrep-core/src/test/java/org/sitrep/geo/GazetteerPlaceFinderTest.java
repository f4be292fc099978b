package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Location;
import org.sitrep.model.PlaceMention;
import org.sitrep.nlp.TextAnalyzer;

class GazetteerPlaceFinderTest {

    private static final int KHARKIV = 706483;
    private static final int ODESA = 698740;
    private static final int KYIV = 703448;
    private static PlaceFinder finder;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        finder = PlaceFinder.gazetteer(w -> w.equals("hamas"));
        analyzer = TextAnalyzer.english();
    }

    private List<PlaceMention> places(String text) {
        return finder.find(analyzer.sentences(text));
    }

    private Location only(String text) {
        List<PlaceMention> found = places(text);
        assertEquals(1, found.size(), "expected one place in '" + text + "', found " + found);
        return found.get(0).location();
    }

    @Test
    void findsAnAirBaseByItsNameAndKindWordButTheTownByItsNameAlone() {
        Location base = only("Drones hit the Belaya air base in Siberia on Sunday.");
        assertEquals("Belaya air base", base.name());
        assertEquals(Location.Level.POINT, base.level());
        assertEquals("Irkutsk Oblast", base.admin1());
        assertEquals("Olenya air base", only("Satellite images show burnt bombers at Olenegorsk airfield.").name());
    }

    @Test
    void findsASiteNamedAfterItsKindWord() {
        assertEquals("Arak nuclear site", only("Jets bombed an inactive nuclear reactor at Arak on Wednesday.").name());
        assertEquals(Location.Level.CITY, only("Jets bombed a factory at Arak on Wednesday.").level(), "without the kind word, the city");
    }

    @Test
    void findsEachSiteOfAListBeforeAPluralKindWord() {
        List<String> names = places("Planes burned at the Olenya, Ivanovo, Dyagilevo and Belaya airbases.").stream()
                .map(p -> p.location().name()).toList();
        assertEquals(List.of("Olenya air base", "Ivanovo Severny air base", "Dyagilevo air base", "Belaya air base"), names);
    }

    @Test
    void findsAnAreaOfATownByItsName() {
        Location area = only("Strikes hit tents in the al-Mawasi area on Saturday.");
        assertEquals("al-Mawasi", area.name());
        assertEquals("PS", area.countryCode());
    }

    @Test
    void resolvesOlderAndAlternateSpellings() {
        assertEquals(KHARKIV, only("Shelling hit Kharkov on Sunday.").geonameId());
        assertEquals(KYIV, only("Sirens sounded in Kiev overnight.").geonameId());
        assertEquals(KHARKIV, only("Ракета влучила в Харків.").geonameId());
    }

    @Test
    void prefersTheArticlesCountryForNamesakes() {
        Location odessa = only("Russian drones hit the Ukrainian port of Odessa, Ukraine said.".replace(", Ukraine said", ""));
        assertEquals(ODESA, odessa.geonameId(), "Odessa, Texas chosen instead: " + odessa);
        assertEquals("Odesa Oblast", odessa.admin1());
        assertEquals("UA", odessa.countryCode());
    }

    @Test
    void readsRegionAsAdmin1() {
        Location sumy = only("A village in the Sumy region was shelled.");
        assertEquals(Location.Level.ADMIN1, sumy.level());
        assertEquals("Sumy Oblast", sumy.name());
        assertNull(sumy.geonameId());
        Location kyivRegion = only("Three people were killed in the Kyiv region.");
        assertEquals("Kyiv Oblast", kyivRegion.name());
    }

    @Test
    void readsCountryAsCountryLevel() {
        Location ukraine = only("Drones were launched across Ukraine.");
        assertEquals(Location.Level.COUNTRY, ukraine.level());
        assertEquals("UA", ukraine.countryCode());
    }

    @Test
    void skipsPersonNamesThatAreAlsoPlaces() {
        List<PlaceMention> found = places("Russian President Vladimir Putin spoke to Donald Trump.");
        assertTrue(found.stream().noneMatch(p -> p.location().name().equals("Vladimir")), found.toString());
    }

    @Test
    void readsNoPersonInAHeadlineRunIntoASentenceThatOpensWithThe() {
        List<PlaceMention> found = places("Gunmen kill nine in Tillaberi The Tillaberi region lies on the border with Mali.");
        assertTrue(found.stream().anyMatch(p -> p.location().level() == Location.Level.ADMIN1 && p.location().countryCode().equals("NE")), found.toString());
    }

    @Test
    void placesAnUnlistedVillageNamedInAppositionInTheRegionTheArticleNames() {
        List<PlaceMention> found = places("Gunmen raided Kawojiri, a farming village in Kano State, on Monday.");
        PlaceMention village = found.stream().filter(p -> p.text().equals("Kawojiri")).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals("Kano State", village.location().admin1());
        assertNull(village.location().geonameId());
    }

    @Test
    void keepsATownNamedAsOneWhenItsOnlyNamesakesAreTinyAndFarAway() {
        List<PlaceMention> found = places("Bombs fell on Nasir town in Upper Nile state on Monday.");
        PlaceMention town = found.stream().filter(p -> p.text().equals("Nasir")).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals("Upper Nile", town.location().admin1());
    }

    @Test
    void skipsActorsNamedLikePlaces() {
        assertTrue(places("Hamas said it would respond.").isEmpty());
    }

    @Test
    void readsAFirstNameMetEarlierInAFullNameAsAPerson() {
        List<PlaceMention> found = places("Residents in the Israeli city of Beersheba took cover. Later, Merav Manay left her flat. "
                + "Merav stayed inside for hours.");
        assertTrue(found.stream().noneMatch(p -> p.text().equals("Merav")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.location().name().equals("Beersheba")), found.toString());
    }

    @Test
    void takesTheCityOfADistrictOfPhrase() {
        Location kyiv = only("A drone hit the Shevchenkivskyi district of Kyiv.");
        assertEquals(KYIV, kyiv.geonameId());
    }

    @Test
    void readsANameInAListOfRegionsAsTheRegionUnlessTheRegionIsTheCity() {
        Location kyiv = only("Drones targeted several regions including Kyiv, where one woman died.");
        assertEquals("Kyiv Oblast", kyiv.name());
        assertEquals(Location.Level.ADMIN1, kyiv.level());
        Location moscow = only("Air defences shot down drones over a number of regions, including Moscow.");
        assertEquals(Location.Level.CITY, moscow.level());
    }

    @Test
    void readsAShortCountryNameUsedOfAThingAsNoPlace() {
        assertEquals(List.of("El Fasher"), places("A doctor at the Saudi hospital in El Fasher was killed.").stream()
                .map(p -> p.location().name()).toList());
    }

    @Test
    void readsEveryNameOfAListOfRegionsAsARegion() {
        assertEquals(List.of(Location.Level.ADMIN1, Location.Level.ADMIN1, Location.Level.ADMIN1),
                places("Drones were shot down over several regions, including Volgograd, Rostov and Belgorod.").stream()
                        .map(p -> p.location().level()).toList());
    }

    @Test
    void readsEveryNameOfAListBeforeAPluralRegionWordAsARegion() {
        assertEquals(List.of("Bryansk Oblast", "Kursk Oblast", "Oryol oblast"),
                places("Drones were shot down over the Bryansk, Kursk and Oryol regions.").stream().map(p -> p.location().name()).toList());
    }

    @Test
    void findsASiteByANameThatNamesNoTown() {
        assertEquals(List.of("United States", "Iran", "Fordo nuclear site", "Natanz", "Isfahan"),
                places("The United States struck three nuclear sites in Iran - Fordo, Natanz and Isfahan.").stream()
                        .map(p -> p.location().name()).toList());
    }

    @Test
    void takesAVillageFromTheRegionNamedAfterItOrPutsItThereUnlisted() {
        List<PlaceMention> found = places("A drone hit a car in the village of Novooleksandrivka in Dnipropetrovsk region.");
        assertEquals(List.of("Dnipropetrovsk Oblast", "Dnipropetrovsk Oblast"), found.stream().map(p -> p.location().admin1()).toList(),
                "not Melitopol, whose old name it shares: " + found);
        assertNull(found.get(0).location().geonameId(), "a village the gazetteer lacks in that region");
        assertEquals(List.of("Kupiansk", "Kharkiv Oblast"), places("Shelling hit Kupiansk in the Kharkiv region.").stream()
                .map(p -> p.location().name()).toList());
    }

    @Test
    void readsANameBeforeAnAttackWordAsAPlace() {
        assertEquals(List.of("India", "Pahlgām"), places("India blamed Pakistan for the Pahalgam attack.").stream()
                .filter(p -> !p.location().countryCode().equals("PK")).map(p -> p.location().name()).toList());
    }

    @Test
    void findsNoFarAwayCityByAnOldSpellingThatOnlyItselfWouldPutInContext() {
        assertEquals(List.of("Lebanon"), places("Three others died in a strike on a house in Kfar Kila in Lebanon.").stream()
                .map(p -> p.location().name()).toList(), "Kila is an old name of Kiel");
        assertEquals(List.of("Al Ḩudaydah"), places("Jets struck the port of Hodeidah.").stream().map(p -> p.location().name()).toList());
    }

    @Test
    void readsACountrysAdjectiveBeforeWhatWasHitThereAsTheCountry() {
        assertEquals(List.of("Pakistan", "India"), places("Pakistan struck back at Indian military installations.").stream()
                .map(p -> p.location().name()).toList());
        assertEquals(List.of("Lebanon"), places("Israeli jets struck Lebanese towns.").stream().map(p -> p.location().name()).toList());
        assertEquals(List.of(), places("Indian troops hit back at positions across the line."), "an adjective of who attacked is no place");
    }

    @Test
    void prefersTheNamesakeInTheRegionTheArticleNames() {
        List<PlaceMention> found = places("A few hours into the ceasefire Moscow had announced, our car crossed into the Donetsk region of eastern Ukraine. "
                + "Russia said it would hold its fire. Soldiers took us to a position south-west of the city of Pokrovsk. Russia kept firing.");
        PlaceMention pokrovsk = found.stream().filter(p -> p.text().equals("Pokrovsk")).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals("Donetsk Oblast", pokrovsk.location().admin1(), "not the town of Pokrovsk in Sakha, Russia");
    }

    @Test
    void readsATitledNameAsAPersonAndAPlaceBeforeGovernorAsItsRegion() {
        assertEquals(List.of("Voronezh Oblast"), places("Voronezh governor Alexander Gusev said two people were injured.").stream()
                .map(p -> p.location().name()).toList(), "Gusev, a person here, is also a town in Kaliningrad");
    }

    @Test
    void readsANameBeforeAnAgeOrASurnameAsAPersonNotATown() {
        List<PlaceMention> found = places("A strike on a family home in Deir al-Balah killed five people on Thursday. "
                + "Among the dead were Hassan, 34, his wife Nada, 29, and their daughter Lima, 6, relatives said. "
                + "Neighbour Samara Haddad said the house collapsed in seconds.");
        assertEquals(List.of("Deir al-Balah"), found.stream().map(p -> p.location().name()).toList());
    }

    @Test
    void keepsAGivenNameThatAPlaceCuePrecedesAsThePlace() {
        assertEquals("PE", only("Protesters marched in Lima on Sunday.").countryCode(), "a given name alone, after \"in\", stays the place");
        assertEquals("IL", only("Sirens sounded across Israel Sunday.").countryCode(), "a country is never read as a given name");
    }

    @Test
    void takesAnotherSpellingOfATownInACountryBorderingTheArticlesFocus() {
        List<PlaceMention> found = places("Israel said its troops carried out a raid in Jenin on Tuesday. Israel said the raid was over.");
        assertEquals(List.of("IL", "PS", "IL"), found.stream().map(p -> p.location().countryCode()).toList(), found.toString());
    }

    @Test
    void placesASettlementTheGazetteerLacksInTheRegionTheArticleNames() {
        List<PlaceMention> found = places("Gunmen raided Borno State on Friday. They attacked the village of Qarrazumo before dawn, "
                + "killing nine people, and burned Tolluwari village.");
        PlaceMention village = found.stream().filter(p -> p.text().equals("Qarrazumo")).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals("Borno State", village.location().admin1());
        assertEquals(Location.Level.CITY, village.location().level());
        assertNull(village.location().geonameId(), "no gazetteer entry");
        assertTrue(found.stream().anyMatch(p -> p.text().equals("Tolluwari")), "named by the word after it: " + found);
        assertTrue(places("Settlers attacked a Palestinian village on Friday.").stream().noneMatch(p -> p.text().equals("Palestinian")),
                "a nationality before 'village' names none");
    }

    @Test
    void putsAVillageInTheRegionItsSentenceNamesWhenItsOnlyNamesakesLieElsewhere() {
        PlaceMention village = places("In Sumy Oblast, shelling hit the village of Hirnyk, injuring a man.").stream()
                .filter(p -> p.text().equals("Hirnyk")).findFirst().orElseThrow();
        assertEquals("Sumy Oblast", village.location().admin1(), "not the Hirnyk of another oblast");
        assertNull(village.location().geonameId());
    }

    @Test
    void putsAVillageToldNearATownWhereTheTownIsWhenTheGazetteerHasItOnlyElsewhere() {
        PlaceMention village = places("A drone hit the village of Hirnyk near Sumy on Monday.").stream()
                .filter(p -> p.text().equals("Hirnyk")).findFirst().orElseThrow();
        assertEquals("Sumy Oblast", village.location().admin1());
        assertEquals(50.92, village.location().lat(), 0.05, "at the town it is near");
        assertNull(village.location().geonameId());
    }

    @Test
    void putsAVillageInTheRegionNamedAfterItsDistrictAndKeepsItThereWhenNamedAgain() {
        List<PlaceMention> found = places("Rebels attacked the village of Makoko in the Lubero territory of North Kivu on Friday. "
                + "Residents said nine people died in Makoko.");
        List<PlaceMention> village = found.stream().filter(p -> p.text().equals("Makoko")).toList();
        assertEquals(2, village.size(), found.toString());
        village.forEach(p -> assertEquals("North Kivu", p.location().admin1(), "not the Makoko of Lagos: " + p));
        village.forEach(p -> assertNull(p.location().geonameId()));
    }

    @Test
    void readsATownsNameAfterAnUnknownCapitalisedWordAsPartOfALongerName() {
        assertEquals(List.of(), places("Shells fell on Wuny Boma overnight, residents said."), "not Boma in the Congo");
        assertEquals(List.of("Kharkiv"), places("On Monday Kharkiv was shelled again.").stream().map(p -> p.location().name()).toList(),
                "a weekday is no part of a name");
    }

    @Test
    void readsAHromadaTheGazetteerLacksAsAnUnlistedSettlementWithoutTheSentencesFirstWord() {
        List<PlaceMention> found = places("Shelling hit Sumy Oblast overnight. In Zorivska hromada, a man was wounded.");
        PlaceMention hromada = found.stream().filter(p -> p.location().geonameId() == null && p.location().level() == Location.Level.CITY)
                .findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals("Zorivska", hromada.text());
        assertEquals("Sumy Oblast", hromada.location().admin1());
    }

    @Test
    void putsASmallTownToldRightAfterARegionInThatRegionButLeavesABigCityWhereItIs() {
        List<PlaceMention> found = places("In Donetsk Oblast, seven people were hurt. Three were wounded in Vyshneve and two in Kyiv.");
        PlaceMention town = found.stream().filter(p -> p.text().equals("Vyshneve")).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals("Donetsk Oblast", town.location().admin1(), "not the Vyshneve near Kyiv");
        PlaceMention city = found.stream().filter(p -> p.text().equals("Kyiv")).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals("Kyiv", city.location().name());
    }
}
