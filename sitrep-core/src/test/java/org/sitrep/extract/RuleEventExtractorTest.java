package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.Pipeline;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Location;

class RuleEventExtractorTest {

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard();
    }

    private static List<Event> attacks(String text) {
        return attacks(text, LocalDate.of(2025, 6, 23));
    }

    private static List<Event> attacks(String text, LocalDate published) {
        return pipeline.process(new Article("t", null, null, published, null, null, null, text)).events().stream()
                .filter(e -> e.category() == Event.Category.ATTACK).toList();
    }

    @Test
    void givesTheTollAfterInResponseToToTheEarlierAttackOnTheRespondingCountry() {
        List<Event> a = attacks("Israeli strikes killed 20 people in Gaza City on Monday, medics said.\n\n"
                + "Israel began its war in Gaza in response to Hamas's raid into Israel on 7 October 2023, "
                + "in which some 1,200 people died and 251 were abducted.");
        Event earlier = a.stream().filter(e -> e.date().start().equals(LocalDate.of(2023, 10, 7))).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals("Israel", earlier.location().name());
        assertEquals("Hamas", earlier.initiator().name());
        assertEquals(1200, earlier.casualties().killed().best());
        Event gaza = a.stream().filter(e -> e.location().name().equals("Gaza")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(20, gaza.casualties().killed().best(), "the response's place keeps its own toll");
    }

    @Test
    void placesAnAttackOnANamedTownInsideTheRegionThatOpensTheSentence() {
        List<Event> a = attacks("In Mykolaiv Oblast, Russian artillery pounded the town of Snihurivka on Sunday, the governor said. "
                + "Three residents were hurt in the shelling.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Snihurivka", a.get(0).location().name());
        assertEquals(3, a.get(0).casualties().injured().best());
    }

    @Test
    void readsAVillageAfterARegionsTollAsInThatRegionNotANamesakeElsewhere() {
        List<Event> a = attacks("Shelling of Kherson Oblast over the past day left two people dead, officials reported.\n\n"
                + "A farmer died when shells hit the village of Sadove on Sunday.");
        Event sadove = a.stream().filter(e -> e.location().name().equals("Sadove")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals("Kherson Oblast", sadove.location().admin1(), "the gazetteer's Sadove villages all lie in other regions");
    }

    @Test
    void placesARegionsTollInTheVillageWhereGunmenExecutedPeople() {
        List<Event> a = attacks("At least six farmers were killed on Tuesday in Cabo Delgado province, officials said.\n\n"
                + "A local commander said insurgents stormed the village of Makaloe in the Ancuabe district and executed them.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Makaloe", a.get(0).location().name(), "the village the attack was placed in");
        assertEquals(6, a.get(0).casualties().killed().best());
    }

    @Test
    void keepsAMonthsTallyOfTheDeadOutOfTheDaysAttack() {
        List<Event> a = attacks("Artillery fire on a market in Kadugli killed six people on Tuesday, residents said.\n\n"
                + "A doctors' group said that 240 civilians died in Kadugli in April, and more of hunger.");
        assertEquals(List.of(6), a.stream().map(e -> e.casualties().killed().best()).toList(), a.toString());
    }

    @Test
    void placesACountrysTollWhereTheSiteOfTheAttackIsSaidToBe() {
        List<Event> a = attacks("Three people died when a drone struck a bus in eastern Ukraine on Sunday, the president said.\n\n"
                + "Rescuers worked through the night at the scene of the strike in the Donetsk region.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Donetsk Oblast", a.get(0).location().name());
        assertEquals(3, a.get(0).casualties().killed().best());
    }

    @Test
    void readsNoAttackWhereSirensOnlySounded() {
        List<Event> a = attacks("A missile hit a warehouse in Haifa on Friday, wounding four workers.\n\n"
                + "Air raid sirens also sounded across Tiberias and Safed as more launches followed.");
        assertEquals(List.of("Haifa"), places(a));
    }

    @Test
    void givesTheTollOfARetaliationToTheCountryItWasAimedAgainst() {
        List<Event> a = attacks("An air strike on a block of flats in Isfahan killed 12 people on Friday.\n\n"
                + "Tehran, which denies any plan to build a bomb, retaliated with missile barrages against Israel, causing two deaths.");
        Event israel = a.stream().filter(e -> e.location().name().equals("Israel")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(2, israel.casualties().killed().best());
        assertEquals(12, placed(a, "Isfahan").casualties().killed().best(), "Tehran here is the state that answered");
    }

    @Test
    void takesTheAdjectiveBeforeAirstrikesAsTheAttackerAndNotWhoseGroundWasHit() {
        List<Event> a = attacks("Israeli airstrikes on two Hamas-held buildings in Rafah killed four people on Sunday.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Israel", a.get(0).initiator().name());
    }

    @Test
    void givesATollAfterTheCityIsSaidToBeHitToTheCityNotTheRegionWhereDronesWereDowned() {
        List<Event> a = attacks("Russian drones attacked Odesa overnight.\n\n"
                + "Air defences downed eight drones over Odesa Oblast. Even so, the city suffered damage from falling debris. "
                + "Four people were injured, the governor said.");
        assertEquals(4, placed(a, "Odesa").casualties().injured().best(), a.toString());
    }

    @Test
    void foldsADistrictIntoTheTownItIsNamedAfterWhenBothWereHitTogether() {
        List<Event> a = attacks("Since Sunday morning, Russian artillery has shelled the Nikopol district again.\n\n"
                + "The city of Nikopol was hit with heavy artillery and drones, and three houses were damaged, the governor said.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(Location.Level.CITY, a.get(0).location().level());
    }

    @Test
    void readsNoAttackInADeathFromHungerOrHeat() {
        List<Event> a = attacks("Shelling killed four people in Kadugli on Monday, residents said.\n\n"
                + "Separately, two children have died of malnutrition in Dilling, a local clinic reported.");
        assertEquals(List.of("Kadugli"), places(a));
    }

    @Test
    void foldsACityThatIsItsOwnRegionIntoOneEvent() {
        List<Event> a = attacks("At least nine people, including three children, were wounded in Sevastopol on Friday after a drone crashed near a bus stop.\n\n"
                + "The Sevastopol governor said three people suffered minor injuries and were treated at the scene.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(9, a.get(0).casualties().injured().best());
    }

    @Test
    void placesATollAtTheTownNotTheOccupiedTerritoryNamedToSayWhereItIs() {
        List<Event> a = attacks("Soldiers raided the town of Qabatiya, south of Jenin in the occupied West Bank, on Monday and shot dead two men.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(Location.Level.CITY, a.get(0).location().level());
        assertEquals(2, a.get(0).casualties().killed().best());
    }

    @Test
    void countsSoldiersNamedByTheirPeoplesWordAsVictims() {
        List<Event> a = attacks("Fifteen Burkinabe soldiers were killed when gunmen stormed an army post in Djibo on Monday.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(15, a.get(0).casualties().killed().best(), "'Burkinabe' is in the demonym list though no suffix rule knows it");
    }

    @Test
    void joinsACountrysDeadAndAVillagesWoundedToldOfTheSameAttack() {
        List<Event> a = attacks("Fifteen Burkinabe soldiers were killed in an ambush in northern Burkina Faso on Monday, the army said.\n\n"
                + "The convoy was attacked near the village of Kwendaba in the Sahel region.\n\n"
                + "At least six other soldiers were wounded.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Kwendaba", a.get(0).location().name());
        assertEquals(15, a.get(0).casualties().killed().best());
        assertEquals(6, a.get(0).casualties().injured().best());
    }

    @Test
    void datesAReportOfTheLastDayBySinceTheEveningBeforeNotAsATally() {
        List<Event> a = attacks("Since the evening of 22 June, Russian troops have shelled the Nikopol district with heavy artillery, "
                + "the governor said.", LocalDate.of(2025, 6, 23));
        assertEquals(1, a.size(), a.toString());
        assertEquals(LocalDate.of(2025, 6, 22), a.get(0).date().start());
    }

    @Test
    void placesAnAttackOnARoadBetweenTwoVillagesAtTheFirstAndCountsASingleResident() {
        List<Event> a = attacks("Russian troops killed a resident of Kherson Oblast with a drone on Sunday, the governor said.\n\n"
                + "The drone struck his car on the road between Stanislav and Oleksandrivka, he added.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Stanislav", a.get(0).location().name());
        assertEquals(1, a.get(0).casualties().killed().best());
    }

    @Test
    void readsTheEndsOfAHyphenatedHighwayAsOnePlaceAtMost() {
        List<Event> a = attacks("Gunmen ambushed a bus on the Kharkiv-Kupiansk highway on Sunday, police said.");
        assertEquals(List.of("Kharkiv"), a.stream().map(e -> e.location().name()).toList());
        assertEquals(List.of(), attacks("The general visited troops fighting on the Pokrovsk-Kostiantynivka axis on Sunday."),
                "a stretch of the front named after two towns is where no one attack fell");
    }

    @Test
    void readsATallySinceAMonthLongAgoAsBackgroundThoughItSaysMostOfThem() {
        List<Event> a = attacks("An air strike killed nine people in Khan Younis on Sunday, medics said.\n\n"
                + "The war has killed more than 40,000 people in Gaza, most of them civilians, since October 2023.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(9, a.get(0).casualties().killed().best());
    }

    @Test
    void goesOnWithYesterdaysDateIntoTheNextParagraphOfAReportOfTheLastDay() {
        List<Event> a = attacks("A missile strike on Dnipro on 20 June killed 11 people, the governor said.\n\n"
                + "Since the evening of 22 June, Russian troops have shelled the Nikopol district, he added.\n\n"
                + "The town of Marhanets was also hit, damaging two houses.", LocalDate.of(2025, 6, 23));
        Event marhanets = a.stream().filter(e -> e.location().name().equals("Marhanets")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(LocalDate.of(2025, 6, 22), marhanets.date().start());
    }

    @Test
    void readsAForceThatSpeaksAsASpeakerNotAnAttacker() {
        List<Event> a = attacks("Indian missiles struck sites in Pakistan on Wednesday, killing eight civilians, officials said. "
                + "Pakistan's army says it has downed five Indian jets.");
        Event pakistan = a.stream().filter(e -> e.location().name().equals("Pakistan")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals("India", pakistan.initiator().name());
        assertEquals(8, pakistan.casualties().killed().best());
    }

    @Test
    void readsAnActorAfterADamageVerbAsWhatWasHitAndSinceAWeekdayAsOneAttack() {
        List<Event> a = attacks("Ukrainian drones struck the Belaya air base on Sunday, the SBU said.\n\n"
                + "Images that have emerged since Sunday show four destroyed Russian long-range bombers at Belaya airbase.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Belaya air base", a.get(0).location().name());
        assertEquals("Ukraine", a.get(0).initiator().name());
    }

    @Test
    void reportsEveryPlaceOfAListAndFoldsACityIntoTheSiteAttackedThere() {
        List<Event> a = attacks("Ukrainian drones attacked air bases in five regions of Russia - Murmansk, Irkutsk, Ivanovo, Ryazan "
                + "and Amur - on Sunday, and planes were damaged only in Murmansk and Irkutsk.\n\n"
                + "Satellite pictures show damaged planes at the Olenegorsk air base in Murmansk and at the Belaya air base in Irkutsk.");
        List<String> places = a.stream().map(e -> e.location().name()).sorted().toList();
        assertEquals(List.of("Belaya air base", "Ivanovo", "Olenya air base", "Ryazan"), places, "a bare \"Amur\" is no place: its oblast needs its type word");
        a.forEach(e -> assertEquals("Ukraine", e.initiator().name(), e.location().name()));
    }

    @Test
    void takesTheAttackerFromASentenceAboutTheWholeWaveWhenTheTollsNameNone() {
        List<Event> a = attacks("A cruise missile slammed into a residential block in Kyiv on Tuesday. Nine people were killed there.\n\n"
                + "The strike was one of a wave of a total of 440 drones and 32 missiles sent by Russia, the air force said.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Russia", a.get(0).initiator().name());
    }

    @Test
    void givesEachTollThePlaceOnItsSideOfTheCommaAndDropsARegionTotalTheyMakeUp() {
        List<Event> a = attacks("At least 30 Palestinians have been killed by Israeli gunfire in Gaza, the health ministry said.\n\n"
                + "According to the ministry, 28 were killed on Monday in the southern city of Rafah, while medics said two were killed "
                + "at an aid site in the central Netzarim corridor.");
        assertEquals(List.of("Netzarim corridor=2", "Rafah=28"),
                a.stream().map(e -> e.location().name() + "=" + e.casualties().killed().best()).sorted().toList());
    }

    @Test
    void readsAnActorThatSaysItAttackedAsTheAttacker() {
        List<Event> a = attacks("Hamas fighters were seen in the north, a spokesman said.\n\n"
                + "On Wednesday, Israel said 40 of its jets had bombed sites in Iran, among them a nuclear research building in Natanz.");
        Event natanz = a.stream().filter(e -> e.location().name().equals("Natanz")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals("Israel", natanz.initiator().name());
    }

    @Test
    void keepsTheCityOfAMayorWhoSpeaksAndDropsWhereBlastsWereOnlyHeard() {
        List<Event> a = attacks("Russian drones killed two people in Odesa overnight, the governor said.\n\n"
                + "Elsewhere, the mayor of Kharkiv said a drone had hit a filling station in the city centre, "
                + "and explosions were heard in the city of Sumy, residents said.");
        assertEquals(List.of("Kharkiv", "Odesa"), a.stream().map(e -> e.location().name()).sorted().toList());
    }

    @Test
    void givesARegionTotalToTheOnePlaceInsideItThatHasFigures() {
        List<Event> a = attacks("At least 24 Palestinians have been killed in two Israeli air strikes overnight in central Gaza, medics said.\n\n"
                + "Earlier, a further Israeli air strike on a house in Gaza City killed four more people.");
        assertEquals(List.of("Gaza CITY 24"), a.stream().map(e -> e.location().name() + " " + e.location().level() + " "
                + e.casualties().killed().best()).toList(), "GeoNames calls Gaza City 'Gaza'");
    }

    @Test
    void readsACountryThatMeanwhileSaysAsTheSpeaker() {
        List<Event> a = attacks("Pakistani authorities say Indian strikes have killed eight civilians in Pakistan. "
                + "India meanwhile says Pakistani shelling killed three civilians in Indian-administered Kashmir.");
        Event kashmir = a.stream().filter(e -> e.location().level() == org.sitrep.model.Location.Level.ADMIN1).findFirst()
                .orElseThrow(() -> new AssertionError(a));
        assertEquals("Jammu and Kashmir", kashmir.location().name());
        assertEquals(3, kashmir.casualties().killed().best());
        assertEquals("Pakistan", kashmir.initiator().name());
    }

    @Test
    void foldsANeighbourhoodIntoItsCityAndARetellingIntoTheDatedAccount() {
        List<Event> a = attacks("A cruise missile slammed into a block in the Solomianskyi neighbourhood of Kyiv early on Monday, "
                + "and rescuers pulled 23 bodies from the rubble.\n\nAcross Ukraine, at least 30 died, all but two of them in Kyiv.\n\n"
                + "In Gaza, witnesses said at least 11 people were killed when a strike hit near a stadium in Gaza City.\n\n"
                + "Doctors said Friday evening's strike by the stadium in Gaza City killed at least 11 people.");
        assertEquals(List.of("Gaza 11 2025-06-20", "Kyiv 28 2025-06-23", "Ukraine 30 2025-06-23"), a.stream()
                .map(e -> e.location().name() + " " + e.casualties().killed().best() + " " + e.date().end()).sorted().toList());
    }

    @Test
    void aPlaceNamedForItsGovernmentsDealingsIsNoAttack() {
        List<Event> a = attacks("RSF drones hit Port Sudan on Tuesday.\n\n"
                + "The army broke off diplomatic ties with Abu Dhabi over the attacks.");
        assertEquals(List.of("Port Sudan"), places(a));
    }

    @Test
    void givesTheTollToTheCityNotToTheCountryThatOwnsIt() {
        List<Event> a = attacks("At least four people have been killed in an overnight Russian missile attack on Ukraine's capital Kyiv, the minister says.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Kyiv", a.get(0).location().name());
        assertEquals(4, a.get(0).casualties().killed().best());
    }

    @Test
    void keepsTwoRegionsWithTheirOwnTolls() {
        List<Event> a = attacks("Four deaths were reported in Ukraine's western Khmelnytskyi region. "
                + "After Russian drone attacks, three more deaths were reported in the Kyiv region.");
        assertEquals(List.of("Khmelnytskyi Oblast", "Kyiv Oblast"), a.stream().map(e -> e.location().name()).sorted().toList());
        assertEquals(List.of(3, 4), a.stream().map(e -> e.casualties().killed().best()).sorted().toList());
    }

    @Test
    void givesBackgroundAttacksTheirOwnDate() {
        List<Event> a = attacks("Russian drones injured five people in Odesa overnight, the governor said. "
                + "It comes a day after a Russian missile attack killed 13 in Kyiv.");
        Event kyiv = a.stream().filter(e -> e.location().name().equals("Kyiv")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 6, 21), kyiv.date().start(), "a day before the overnight attack of 22-23 June");
        assertEquals(13, kyiv.casualties().killed().best());
    }

    @Test
    void givesATollThatPointsBackToThePlaceReportedParagraphsEarlier() {
        List<Event> a = attacks("An Iranian missile hit a residential block in Beersheba on Monday, officials said.\n\n"
                + "Residents described the night.\n\nThey took shelter in safe rooms.\n\nFour people were killed there.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(4, a.get(0).casualties().killed().best());
    }

    @Test
    void readsAttacksOnRussiaAsUkraines() {
        List<Event> a = attacks("Ukrainian drones attacked the Russian city of Belgorod overnight, killing one man, the governor said.");
        assertEquals("Ukraine", a.get(0).initiator().name());
        assertEquals("RU", a.get(0).location().countryCode());
    }

    @Test
    void foldsAListOfPlacesWithoutFiguresIntoTheCountryWhoseTollTheyShare() {
        List<Event> a = attacks("Indian missiles struck Pakistan early on Monday. Pakistani authorities say the strikes have killed eight civilians in Pakistan.\n\n"
                + "Pakistan said three places were hit: Muzaffarabad and Kotli, and Bahawalpur in Punjab.");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Pakistan", a.get(0).location().name());
        assertEquals(8, a.get(0).casualties().killed().best());
    }

    @Test
    void tellsTheSameEarlierAttackOnceWhenItsDateAndTollAreRepeated() {
        List<Event> a = attacks("India struck sites in Pakistan-administered Kashmir on Monday. The defence ministry said the strikes answered "
                + "the 22 April attack that left 25 Indians and a Nepali tourist dead.\n\n"
                + "Tension rose after the shootings in the resort town of Pahalgam. The 22 April attack by militants saw 26 people killed.");
        List<Event> april = a.stream().filter(e -> e.date().start().equals(LocalDate.of(2025, 4, 22))).toList();
        assertEquals(1, april.size(), a.toString());
        assertEquals(26, april.get(0).casualties().killed().best());
        assertEquals(List.of(), a.stream().filter(e -> e.location().name().startsWith("Pahalgam")
                && !e.date().start().equals(LocalDate.of(2025, 4, 22))).toList(), "the shootings are the April attack, not today's");
    }

    @Test
    void givesAnAttackOfAnEarlierYearItsYearAndTheSoldiersKilled() {
        List<Event> a = attacks("Indian missiles struck Pakistan on Monday.\n\n"
                + "In 2016, after 19 Indian troops were killed in Uri, India carried out strikes across the Line of Control.");
        Event uri = a.stream().filter(e -> e.location().name().equals("Uri")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(2016, uri.date().start().getYear());
        assertEquals(19, uri.casualties().killed().best());
    }

    @Test
    void givesACountrysCountOfItsOwnDeadToTheAttackOnThatCountry() {
        List<Event> a = attacks("Israel hit Iran with air strikes on Monday, targeting its nuclear programme.\n\n"
                + "Video shows strikes in the capital Tehran.\n\nIt later released a map of the sites.\n\nSmoke rose over the city.\n\n"
                + "Iran has said that no fewer than six of its nuclear scientists were killed.");
        Event iran = a.stream().filter(e -> e.location().name().equals("Iran")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(6, iran.casualties().killed().best());
    }

    @Test
    void readsAPlaceThatOwnsAMinistryAsTheBodyNotWhereTheAttackFell() {
        List<Event> a = attacks("Witnesses said they were fired on by gunmen near the GHF site in the Tal al-Sultan area of Rafah on Monday. "
                + "Six people were killed and 99 injured, Gaza's Hamas-run health ministry said.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(6, a.get(0).casualties().killed().best());
        assertEquals(99, a.get(0).casualties().injured().best());
    }

    @Test
    void countsDeathsUpToNowAfterAStatementAboutEveryDayAsThatPeriodsNotAnAttack() {
        List<Event> a = attacks("On Monday gunmen opened fire on crowds by the GHF site in the Tal al-Sultan area of Rafah, killing six people.\n\n"
                + "Almost every day since the GHF started handing out food, people have died near its sites.\n\n"
                + "Dozens of Palestinians have been killed on their way to one site in the Tal al-Sultan area of Rafah.");
        assertEquals(List.of(6), a.stream().map(e -> e.casualties().killed().best()).toList());
    }

    @Test
    void addsTheVictimsAlsoKilledToThoseNamedBefore() {
        List<Event> a = attacks("Israel launched strikes across Iran on Monday.\n\n"
                + "Iranian state television said the dead included Hossein Salami, the commander-in-chief of the IRGC, "
                + "Amir Hajizadeh, the commander of the Central Headquarters, and the army chief of staff, Mohammad Bagheri.\n\n"
                + "Two nuclear scientists were also said to have been killed.");
        Event iran = a.stream().filter(e -> e.location().name().equals("Iran")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(5, iran.casualties().killed().best());
    }

    @Test
    void givesTheDeadNamedByACountrysAdjectiveToTheAttackOnThatCountry() {
        List<Event> a = attacks("Israel hit Iran with air strikes on Monday, killing six nuclear scientists.\n\n"
                + "Video shows strikes in the capital Tehran.\n\nSmoke rose over the city.\n\nFires burned for hours.\n\n"
                + "Senior Iranian commanders were also killed, including the IRGC's commander-in-chief and the army chief of staff.");
        Event iran = a.stream().filter(e -> e.location().name().equals("Iran")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(8, iran.casualties().killed().best());
    }

    @Test
    void readsAPlaceNamedInAChargeAsNoAttackAndAPartySupportingAsNoAttacker() {
        List<Event> a = attacks("RSF drones struck Port Sudan on Monday, hitting a fuel depot.\n\n"
                + "Instead, it has again claimed that Iran backs the SAF, and accused the army of targeting "
                + "civilian infrastructure, calling the military strikes on Khartoum war crimes.");
        assertEquals(List.of("Port Sudan"), places(a));
        assertEquals("Rapid Support Forces (RSF)", a.get(0).initiator().name());
    }

    @Test
    void readsPeopleJoinedByAndToAVerbsObjectsAsAnotherTollAtThePlaceOfTheirOwnClause() {
        List<Event> a = attacks("Russia has targeted Ukrainian cities, killing 19 people last month in a strike on a playground in Kryvyi Rih "
                + "and 35 people a week later when a strike hit the city of Sumy on Easter Sunday.");
        assertEquals(List.of("Kryvyy Rih 19", "Sumy 35"), a.stream().map(e -> e.location().name() + " " + e.casualties().killed().best()).sorted().toList());
    }

    @Test
    void reportsNoAttackOnACountryWhereDronesWereOnlyShotDownOrMayBeFired() {
        List<Event> a = attacks("Russia's military said it had intercepted 25 Ukrainian drones overnight.\n\n"
                + "Ukraine's intelligence agency believes Russia could be planning a launch of an intercontinental ballistic missile overnight.");
        assertEquals(List.of(), a);
        List<Event> fired = attacks("Iran launched about 100 drones towards Israel overnight, most of which were intercepted.");
        assertEquals(List.of("Israel"), fired.stream().map(e -> e.location().name()).toList());
    }

    @Test
    void readsACountryNamedAsTheOneThatActsAsNoPlaceOfTheAttack() {
        List<Event> a = attacks("The strike was part of India's armed response after a militant attack killed 26 people last month "
                + "at a tourist spot in India-administered Kashmir.");
        assertEquals(List.of("Jammu and Kashmir"), places(a));
    }

    @Test
    void readsACountryThatClaimsATollAsTheSpeakerNotThePlace() {
        List<Event> a = attacks("Indian missiles struck a mosque in Pakistan-administered Kashmir on Monday.\n\n"
                + "At least 16 people are said to have died on the Indian side, while Pakistan claims that 40 civilians died.");
        assertEquals(List.of(), a.stream().filter(e -> e.location().name().equals("Pakistan")).toList());
    }

    @Test
    void readsAnAttackerNamedBeforeItsAbbreviation() {
        List<Event> a = attacks("At least 20 civilians were killed when the Rapid Support Forces (RSF) shelled a market in El Fasher on Monday.");
        assertEquals("Rapid Support Forces (RSF)", a.get(0).initiator().name());
    }

    @Test
    void reportsNoAttackRecalledWeeksEarlierWithoutFigures() {
        List<Event> a = attacks("An Israeli air strike on a school in Gaza City killed at least 30 people on Monday, the civil defence agency said.\n\n"
                + "Israel launched its war in Gaza after the Hamas attack of 7 October 2023.");
        assertEquals(List.of("Gaza"), places(a));
    }

    @Test
    void readsTheDayATollWasSaidAsNoNewAttack() {
        List<Event> a = attacks("The number of people killed in Friday's Russian missile strike on an apartment block in Dnipro has risen to 14, officials said.\n\n"
                + "Another 73 people were injured, regional governor Serhiy Lysak said on Saturday.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(73, a.get(0).casualties().injured().best());
        assertEquals(LocalDate.of(2025, 6, 20), a.get(0).date().start());
    }

    @Test
    void keepsATollInPartOfARegionAndTheDaysTotalAcrossItApartFromAPlaceInIt() {
        List<Event> a = attacks("An Israeli air strike on a seafront cafe in Gaza City killed at least 24 people on Monday, the civil defence agency said.\n\n"
                + "Elsewhere, at least 15 people were killed by Israeli fire while waiting for aid in southern Gaza, the health ministry said.\n\n"
                + "In total, at least 95 Palestinians were killed across Gaza on Monday, according to the ministry.");
        assertEquals(List.of(15, 24, 95), a.stream().map(e -> e.casualties().killed().best()).sorted().toList());
    }

    @Test
    void givesAPlaceWithoutANamedAttackerTheAttackerOfTheReportBeforeIt() {
        List<Event> a = attacks("The United States struck nuclear sites in Natanz and Isfahan on Sunday, officials said.\n\n"
                + "Iran later fired missiles at Israel, injuring at least 16 people in Tel Aviv.\n\n"
                + "In Haifa, a missile hit a residential building, wounding three people, the city's mayor said.");
        Event haifa = a.stream().filter(e -> e.location().name().equals("Haifa")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals("Iran", haifa.initiator().name());
    }

    @Test
    void readsAListOfPlacesAsPlacesNotAsASiteInTheTownAfterIt() {
        List<Event> a = attacks("The United States has struck three nuclear sites in Iran - Fordo, Natanz and Isfahan - on Sunday, officials said.");
        assertEquals(List.of("Fordo nuclear site", "Isfahan", "Natanz"), a.stream().map(e -> e.location().name()).sorted().toList());
    }

    @Test
    void givesNoOnePlaceATollToldOfPlacesJoinedByAnd() {
        List<Event> a = attacks("Russian attacks killed four people in the Kharkiv and Zaporizhzhia regions on Monday, officials said.\n\n"
                + "In the Kharkiv region, a 72-year-old man was killed in a drone strike on the village of Kupiansk, the governor said.\n\n"
                + "Three people were killed in a guided bomb attack on the city of Zaporizhzhia, the regional head said.");
        assertEquals(List.of(1, 3), a.stream().map(e -> e.casualties().killed().best()).sorted().toList());
    }

    @Test
    void namesTheHospitalThatSpokeNotTheTownItIsIn() {
        List<Event> a = attacks("At least 25 Palestinians were killed when Israeli troops opened fire near an aid site in Rafah on Monday.\n\n"
                + "Nasser hospital in Khan Younis said it had received the bodies of 19 people and treated more than 100 wounded.");
        List<String> sources = a.stream().flatMap(e -> e.sources().stream()).distinct().toList();
        assertEquals(List.of("Nasser hospital in Khan Younis"), sources, a.toString());
    }

    @Test
    void letsAFigureThatGoesOnTheReportMakeAnOpenOnePrecise() {
        List<Event> a = attacks("An Iranian missile struck the Soroka hospital in Beersheba early on Monday, injuring dozens of people, officials said.\n\n"
                + "Israel's emergency service said 32 people were lightly injured at the hospital and elsewhere in the city.");
        assertEquals(32, a.get(0).casualties().injured().best());
    }

    @Test
    void readsTheActorBlamedForAnAttackAsItsAttacker() {
        List<Event> a = attacks("Drones hit a fuel depot in Port Sudan on Monday, and the government blamed the RSF for the attack.");
        assertEquals("Rapid Support Forces (RSF)", a.get(0).initiator().name());
    }

    @Test
    void keepsADistrictsAttackWithOtherWeaponsApartFromTheCitys() {
        List<Event> a = attacks("Russian forces dropped glide bombs on Kharkiv on Monday afternoon, killing three people and injuring 21, the mayor said.\n\n"
                + "Earlier, a drone attack on the city's Slobidskyi district injured 17 people, the governor said.");
        assertEquals(2, a.size(), a.toString());
    }

    @Test
    void readsACityThatRejectsAClaimAsAPartyNotAPlace() {
        List<Event> a = attacks("A Russian missile strike on the centre of Sumy on Sunday killed 35 people, officials said.\n\n"
                + "Russia said it had targeted a meeting of Ukrainian commanders, a claim Kyiv rejected.");
        assertEquals(List.of("Sumy"), places(a));
    }

    @Test
    void readsTheTownOfAHospitalStruckAsThePlaceOfTheAttack() {
        List<Event> a = attacks("Last week, an RSF drone strike on a hospital in El Obeid killed 11 people, according to the health ministry.");
        assertEquals(List.of("El Obeid"), places(a));
    }

    @Test
    void countsNoSoldiersOfTheAttackingSideAsItsVictims() {
        List<Event> a = attacks("Israeli strikes on a residential tower in Gaza City on Monday destroyed 40 flats, civil defence officials said.\n\n"
                + "Two Israeli soldiers were killed in fighting in Gaza City, the military said.");
        assertEquals(List.of(0), a.stream().map(e -> e.casualties().killed() == null ? 0 : e.casualties().killed().best()).toList());
    }

    @Test
    void givesTheClauseAfterAfterNoneOfTheMainClausesAttackers() {
        List<Event> a = attacks("Indian missiles struck Pakistan on Monday.\n\n"
                + "In 2016, after 19 Indian troops were killed in Uri, India carried out strikes across the Line of Control.");
        Event uri = a.stream().filter(e -> e.location().name().equals("Uri")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(null, uri.initiator(), "India answered the attack; it did not kill its own soldiers");
        assertEquals(19, uri.casualties().killed().best());
    }

    @Test
    void reportsNoAttackOnAWholeCountryInAWeekWithoutFigures() {
        List<Event> a = attacks("Tu-95 bombers are said to have launched a large-scale Kh-101 missile attack on Ukraine as recently as last week.");
        assertEquals(List.of(), a);
    }

    @Test
    void keepsAMissileAtAnAirportApartFromTheStrikesThatAnsweredIt() {
        List<Event> a = attacks("A ballistic missile fired by Yemen's Houthi rebels struck near Ben Gurion airport on Sunday, injuring six people, "
                + "Israeli police said.\n\nIsrael responded with air strikes on the port of Hodeidah, killing four dock workers, "
                + "the Houthi-run health ministry said.");
        Event airport = a.stream().filter(e -> e.location().name().equals("Ben Gurion airport")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals("Houthis", airport.initiator().name(), "fired by Yemen's Houthi rebels");
        assertEquals(6, airport.casualties().injured().best());
        Event port = a.stream().filter(e -> e.location().countryCode().equals("YE")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals("Al Ḩudaydah", port.location().name(), "Hodeidah is GeoNames' Hodeida");
        assertEquals("Israel", port.initiator().name(), "Israel responded with air strikes");
        assertEquals(4, port.casualties().killed().best());
        assertEquals(null, port.casualties().injured());
    }

    @Test
    void givesATollToThePlaceWhoseWhereClauseTellsItAndKeepsTheNextPlaceOfTheList() {
        List<Event> a = attacks("A Russian missile attack on Kyiv killed 31 people overnight.\n\n"
                + "The attack also hit the city of Dnipro, where two people were killed, and Odesa, where a port facility was damaged.");
        Event dnipro = a.stream().filter(e -> e.location().name().equals("Dnipro")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(2, dnipro.casualties().killed().best());
        Event odesa = a.stream().filter(e -> e.location().name().equals("Odesa")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(null, odesa.casualties().killed());
    }

    @Test
    void givesAPlaceThePartOfADayTotalToldAtItAndTheFiguresOfItsHospital() {
        List<Event> a = attacks("At least 38 Palestinians have been killed across the Gaza Strip since dawn on Sunday, according to the "
                + "health ministry, including 12 people who were waiting for food near a distribution site in Khan Younis.\n\n"
                + "Nasser hospital in Khan Younis said it had received the bodies of 12 people and more than 60 wounded.\n\n"
                + "Later on Sunday, a drone strike on a tent in al-Mawasi killed two women, medics said.");
        Event strip = a.stream().filter(e -> e.location().name().equals("Gaza Strip")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(38, strip.casualties().killed().best(), "since dawn: the day's toll, not a tally");
        assertEquals(LocalDate.of(2025, 6, 22), strip.date().start());
        Event town = a.stream().filter(e -> e.location().countryCode().equals("PS") && e.location().level() == Location.Level.CITY)
                .findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(12, town.casualties().killed().best());
        assertEquals(61, town.casualties().injured().best(), "the hospital in the town counted them");
        Event tent = a.stream().filter(e -> e.location().name().equals("al-Mawasi")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(2, tent.casualties().killed().best(), "a later strike stays apart from the town's");
    }

    @Test
    void givesTheNextSentencesFiguresToTheAttackToldNotToOneRecalledInADaysAfterClause() {
        List<Event> a = attacks("Israeli warplanes struck the port of Hodeidah in western Yemen on Monday, the Israeli military said, "
                + "days after the group fired a ballistic missile towards Tel Aviv.\n\n"
                + "The health ministry said three people were killed and 87 wounded in the strikes.");
        Event port = a.stream().filter(e -> e.location().countryCode().equals("YE")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(3, port.casualties().killed().best());
        assertEquals(87, port.casualties().injured().best());
    }

    @Test
    void readsTheTownsTargetsOnAnotherDayAsAnotherAttackThere() {
        List<Event> a = attacks("Drones struck a fuel depot in Port Sudan on Monday, officials said.\n\n"
                + "On Sunday, the RSF targeted the city's international airport and an air base, officials said.");
        assertEquals(List.of(LocalDate.of(2025, 6, 23), LocalDate.of(2025, 6, 22)), a.stream().map(e -> e.date().start()).toList(), a.toString());
        a.forEach(e -> assertEquals("Port Sudan", e.location().name()));
    }

    @Test
    void leavesTalliesSinceADateOrOverAWarToNoAttack() {
        List<Event> a = attacks("Israel said it had struck the Arak heavy water reactor overnight.\n\n"
                + "The health ministry said that 224 people had been killed in Israeli attacks since 13 June.\n\n"
                + "More than 4,000 people were killed in Lebanon during the 14-month war between Israel and Hezbollah.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(null, a.get(0).casualties().killed());
    }

    @Test
    void takesTheAttackerFromTheActorBlamedPastItsDescription() {
        List<Event> a = attacks("At least 75 people were killed when a drone struck a mosque in El Fasher on Friday, local medics said, "
                + "blaming the paramilitary Rapid Support Forces (RSF).");
        assertEquals("Rapid Support Forces (RSF)", a.get(0).initiator().name());
    }

    @Test
    void readsNoAttackerInAForceSuppliedBySomething() {
        List<Event> a = attacks("Ukraine's General Staff confirmed a drone strike on the Syzran refinery on Sunday, "
                + "which it said supplies fuel to the Russian army.");
        assertEquals("Ukraine", a.get(0).initiator().name(), a.toString());
    }

    @Test
    void readsTheActorAfterByTheAsTheAttackerButNotOneThatBacksSomething() {
        List<Event> a = attacks("A drone strike by the Sudanese army on a crowded market in Tora, North Darfur, killed more than 20 people on Sunday.");
        assertEquals("Sudanese Armed Forces (SAF)", a.get(0).initiator().name());
        assertEquals("Northern Darfur", a.get(0).location().name(), "Tora is not in the gazetteer; its state is");
        List<Event> b = attacks("Thirty people were killed in Rafah on Sunday near a site run by the US-backed Gaza Humanitarian Foundation, "
                + "after Israeli troops opened fire.");
        assertEquals("Israel", b.get(0).initiator().name());
    }

    @Test
    void datesARisenTollByTheAttackNotByWhenTheRiseWasTold() {
        List<Event> a = attacks("The number of people killed in a Russian missile strike on Ternopil has risen to 26, including three children, "
                + "the interior ministry said on Monday.\n\nAnother 93 people were injured when cruise missiles hit two buildings early on Sunday.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(LocalDate.of(2025, 6, 22), a.get(0).date().start());
        assertEquals(26, a.get(0).casualties().killed().best());
        assertEquals(93, a.get(0).casualties().injured().best());
    }

    @Test
    void leavesATallySinceAWeekdayDaysAgoToNoAttack() {
        List<Event> a = attacks("A missile struck a residential building in Petah Tikva late on Sunday, killing four people.\n\n"
                + "The health ministry says at least 224 people have been killed in strikes since Friday.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(4, a.get(0).casualties().killed().best());
        assertEquals(1, attacks("Five people have been killed in Kharkiv since Sunday, the mayor said.").size(), "since yesterday: one night's toll");
    }

    @Test
    void takesTheAttackerOfABarrageForThePlacesItHit() {
        List<Event> a = attacks("Israeli jets struck targets in Tehran on Monday.\n\n"
                + "Iran responded with a barrage of ballistic missiles aimed at northern Israel. One missile hit an oil refinery in Haifa, "
                + "killing three workers.");
        Event haifa = a.stream().filter(e -> e.location().name().equals("Haifa")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals("Iran", haifa.initiator().name());
    }

    @Test
    void takesTheAttackerBlamedInTheNextSentenceAndNoTownFromARiversName() {
        List<Event> a = attacks("At least 20 people were killed when artillery shells hit a crowded market in Omdurman on Sunday, medics said.\n\n"
                + "The Sudanese Armed Forces blamed the Rapid Support Forces for the attack.");
        assertEquals("Rapid Support Forces (RSF)", a.get(0).initiator().name());
        List<Event> b = attacks("Five people were killed when a Russian drone struck a bus in Kherson on Monday morning, officials said.\n\n"
                + "The bus was in the city's Dniprovskyi district, which has been shelled almost daily from Russian positions across the Dnipro river.");
        assertEquals(List.of("Kherson"), b.stream().map(e -> e.location().name()).toList());
    }

    @Test
    void leavesAWholeCountryHitWithoutFiguresMoreThanAWeekAgoAsBackground() {
        List<Event> a = attacks("A Russian drone struck Odesa overnight, killing one person.\n\n"
                + "After a Ukrainian drone strike struck air bases deep inside Russia on 12 June, the US president called his Russian counterpart.");
        assertEquals(List.of("Odesa"), places(a));
    }

    @Test
    void readsAClinicPeopleWereKilledOutsideAsTheScene() {
        List<Event> a = attacks("Israeli strikes across the Gaza Strip killed at least 30 people on Monday, the civil defence agency said.\n\n"
                + "Among the dead were 10 people who were killed while waiting outside a clinic in Deir al-Balah, the agency said.");
        Event clinic = a.stream().filter(e -> e.location().name().equals("Deir al-Balah")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(10, clinic.casualties().killed().best());
    }

    @Test
    void datesALookBackAtAnEarlierWeekByTheDaysItNamesAndTheLastDayBefore() {
        List<Event> a = attacks("Missiles rained down on a mosque in Muzaffarabad, wounding a girl. Four days later a ceasefire on 17 May ended the fighting.\n\n"
                + "Pakistani shells hit India on Wednesday, killing two.\n\n"
                + "One day after the first missile strikes, Thursday, both sides sent drones. Soon after 21:00 that evening, a shell hit a car in Uri, killing a woman.\n\n"
                + "By Friday the shelling had grown.\n\n"
                + "Villagers came out of their bunkers on Saturday 17 May.\n\n"
                + "India had targeted three air bases, including one in Rawalpindi. Pakistan hit back at Indian military installations.\n\n"
                + "A militant attack killed 26 people last month in Indian-administered Kashmir.\n\n"
                + "The Pahalgam attack on 22 April had prompted calls to world leaders. On Saturday afternoon a ceasefire was announced.\n\n"
                + "In Pahalgam, the site of the attack, the search for the gunmen goes on. A 26-year-old Indian Navy officer was killed there "
                + "on his honeymoon.", LocalDate.of(2025, 5, 25));
        assertEquals(LocalDate.of(2025, 5, 14), placed(a, "Muzaffarabad").date().start(), "the opening tells of the initial strikes");
        assertEquals(LocalDate.of(2025, 5, 15), placed(a, "Uri").date().start());
        assertEquals(LocalDate.of(2025, 5, 17), placed(a, "Rawalpindi").date().start());
        Event india = a.stream().filter(e -> e.location().name().equals("India") && e.casualties().killed() == null).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(LocalDate.of(2025, 5, 17), india.date().start(), "a country's attack is not the one told earlier in it");
        assertEquals("Pakistan", india.initiator().name());
        Event pahalgam = a.stream().filter(e -> e.date().start().equals(LocalDate.of(2025, 4, 22))).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals("Jammu and Kashmir", pahalgam.location().admin1());
        assertEquals(Location.Level.CITY, pahalgam.location().level(), "the month's attack in the region is the one in Pahalgam");
        assertEquals(26, pahalgam.casualties().killed().best());
        assertEquals("militants", pahalgam.initiator().name(), "the officer killed is no attacker");
    }

    /** The place names of the events, in order. */
    private static List<String> places(List<Event> a) {
        return a.stream().map(e -> e.location().name()).toList();
    }

    private static Event placed(List<Event> a, String name) {
        return a.stream().filter(e -> e.location().name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + a));
    }

    @Test
    void placesAnAttackInTheCityCentreInTheCityJustNamed() {
        List<Event> a = attacks("For the people of Sumy, last week was the worst since spring.\n\n"
                + "On Monday, a glide bomb struck a school in the city centre, injuring five children.");
        assertEquals(List.of("Sumy"), places(a));
        assertEquals(5, a.get(0).casualties().childrenInjured().best());
    }

    @Test
    void placesWhatASpeakerSaysHitHereAtTheTownTheReporterIsAt() {
        List<Event> a = attacks("We were taken to an artillery position south-west of Pokrovsk in the Donetsk region.\n\n"
                + "\"They attacked all night. We have had drones and glide bombs here,\" a soldier told us.");
        assertEquals(List.of("Pokrovsk"), places(a));
        assertEquals(java.util.Set.of("guided_aerial_bomb", "drone"), java.util.Set.copyOf(a.get(0).weapons()));
    }

    @Test
    void readsACountryNamedAsTheOwnerOfAnOrganisationAsNoPlace() {
        List<Event> a = attacks("Israeli jets struck Tehran overnight, with explosions heard across the capital.\n\n"
                + "Iranian media said former head of Iran's Atomic Energy Organisation Reza Karimi and nuclear scientist Hamid Sadeghi were killed.");
        assertEquals(List.of("Tehran"), places(a));
        assertEquals(2, a.get(0).casualties().killed().best());
    }

    @Test
    void foldsADistrictWhoseTollRoseIntoTheCityAndLeavesATownNamedOnlyAsNearby() {
        List<Event> a = attacks("A Russian attack on Kyiv overnight injured at least 14 people, city officials said.\n\n"
                + "Debris from a drone fell on a residential building in the Obolonskyi district, sparking a fire.\n\n"
                + "Later on Monday, the number of injured increased to 23, the emergency service said.\n\n"
                + "Elsewhere, a missile hit a residential building in Ramat Gan, near Tel Aviv, injuring 16 people.");
        assertEquals(List.of("Kyiv", "Ramat Gan"), places(a));
        assertEquals(23, a.get(0).casualties().injured().best());
    }

    @Test
    void givesTheCitysEarlierAttackToTheTownToldOfParagraphsBefore() {
        List<Event> a = attacks("The death toll from a Russian missile strike on Sumy on Sunday has risen to 21, officials said.\n\n"
                + "Initially, officials said 14 people had been killed. More than 80 people were injured.\n\n"
                + "Last month, a strike on the city's university killed 35 people.");
        assertEquals(List.of("Sumy", "Sumy"), places(a));
        assertEquals(List.of(21, 35), a.stream().map(e -> e.casualties().killed().best()).toList());
    }

    @Test
    void keepsATownWhoseSiteWasHitApartFromTheRegionAroundIt() {
        List<Event> a = attacks("Ukrainian drones struck the Borisoglebsk airfield in Russia's Voronezh region overnight, Ukraine's General Staff said.\n\n"
                + "Voronezh governor Alexander Gusev said a drone attack had damaged several houses in the region and injured two people.");
        assertEquals(List.of("Borisoglebsk", "Voronezh Oblast"), places(a));
        assertEquals(2, a.get(1).casualties().injured().best());
    }

    @Test
    void placesABaseNorthOfTheCityAtTheCityOnItsOwnDay() {
        List<Event> a = attacks("Drones hit the port of Port Sudan on Tuesday, striking a hotel, witnesses said.\n\n"
                + "On Sunday, a drone struck a naval base north of the city.");
        assertEquals(List.of(LocalDate.of(2025, 6, 17), LocalDate.of(2025, 6, 22)), a.stream().filter(e -> e.location().name().equals("Port Sudan"))
                .map(e -> e.date().start()).sorted().toList());
    }

    @Test
    void foldsARegionWhereNoneWereHurtIntoTheSiteAttackedThere() {
        List<Event> a = attacks("Ukraine said on Monday it had destroyed two helicopters at the Saky airbase in occupied Crimea.\n\n"
                + "Russian-installed officials in Crimea said air defences had repelled a drone attack overnight and that there were no casualties.");
        assertEquals(List.of("Saky air base"), places(a));
    }

    @Test
    void readsMourningAtTheSiteOfAnAttackAsNoNewAttack() {
        List<Event> a = attacks("A cruise missile hit a block in the Solomianskyi district of Kyiv early on Monday, killing 23 people.\n\n"
                + "On Wednesday, mourners brought flowers to the site of the cruise missile attack in the Solomianskyi district.");
        assertEquals(1, a.size(), a.toString());
    }

    @Test
    void readsNoneHurtAsSaidOfEveryRegionInTheList() {
        List<Event> a = attacks("Russian shelling injured three people in Nikopol on Sunday, the governor said.\n\n"
                + "The Poltava, Sumy and Chernihiv oblasts also came under fire, but no casualties were reported.");
        for (String region : List.of("Poltava Oblast", "Sumy Oblast", "Chernihiv Oblast")) {
            Event e = a.stream().filter(x -> x.location().name().equals(region)).findFirst().orElseThrow(() -> new AssertionError(region + " in " + a));
            assertEquals(0, e.casualties().killed().best(), region);
            assertEquals(0, e.casualties().injured().best(), region);
        }
        Event nikopol = a.stream().filter(x -> x.location().name().equals("Nikopol")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(3, nikopol.casualties().injured().best(), "a toll told of another place is not made none");
    }

    @Test
    void givesARegionsTollToTheTownTheAttackIsLaterPlacedIn() {
        List<Event> a = attacks("Ukrainian drones killed three people and wounded eight on Saturday in a holiday area of Crimea, "
                + "the Russian-installed authorities said.\n\n"
                + "The regional head said the drones had hit a guest house in the town of Foros.");
        assertEquals(List.of("Foros"), places(a));
        assertEquals(3, a.get(0).casualties().killed().best());
        assertEquals(8, a.get(0).casualties().injured().best());
    }

    @Test
    void readsAVillageInACommunityOfARegionAsTheVillage() {
        List<Event> a = attacks("Russian artillery hit the Velyka-Pysarivka community in Sumy Oblast on Sunday, wounding two men.");
        assertEquals(List.of("Velyka-Pysarivka"), places(a));
        assertEquals(2, a.get(0).casualties().injured().best());
    }

    @Test
    void countsAnotherAfterAVictimAsOneMore() {
        List<Event> a = attacks("Shelling killed one man and another was injured in Toretsk on Sunday, the police said.");
        assertEquals(1, a.get(0).casualties().killed().best());
        assertEquals(1, a.get(0).casualties().injured().best());
    }

    @Test
    void leavesATallyOverTheSamePeriodToNoAttack() {
        List<Event> a = attacks("Troops killed four people in a raid on Jenin on Sunday, the health ministry said.\n\n"
                + "Over the same period, more than 500 Palestinians have been killed in the West Bank, the ministry said.");
        assertEquals(List.of(4), a.stream().map(e -> e.casualties().killed().best()).toList(), a.toString());
    }

    @Test
    void readsADatelineAsWhereTheReportWasFiledNotWhatWasHit() {
        List<Event> a = attacks("MOSCOW, June 22 (Reuters) - A Ukrainian drone attack killed two people, injured three others and set fire "
                + "to a fuel depot in the southern Russian city of Krasnodar, officials said on Sunday.");
        assertEquals(List.of("Krasnodar"), places(a));
        assertEquals(2, a.get(0).casualties().killed().best());
    }

    @Test
    void readsACapitalsTroopsAsTheStateNotThePlaceHit() {
        List<Event> a = attacks("Moscow's troops shelled the hamlet of Kvitkove Pidhiria on Sunday, injuring three civilians, the governor said.");
        assertEquals(List.of(), places(a), "the hamlet is in no gazetteer; Moscow is not where it lies");
    }

    @Test
    void readsAnIncidentReportWithItsNumberedListOfTheDead() {
        List<Event> a = attacks("At about 09:30 on Sunday, an Israeli drone fired a missile at a group of people on Salah al-Din Street "
                + "in central Khan Younis. The following were killed:\n1. Yasser Hamdan, 47\n2. Ali Yasser Hamdan, 15\n"
                + "3. Huda Saleh, 33\nAt least six others were wounded, our fieldworker said.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(3, a.get(0).casualties().killed().best());
        assertEquals(1, a.get(0).casualties().childrenKilled().best());
        assertEquals(6, a.get(0).casualties().injured().best());
    }

    @Test
    void placesAnAttackInANeighbourhoodNoGazetteerKnowsAtTheTownItIsNamedBy() {
        List<Event> a = attacks("At about 10 pm on Sunday, warplanes bombed a flat in the al-Zuhur quarter, north of Rafah, killing four people.\n\n"
                + "On Sunday morning, shells fell near the Kuwait roundabout, south of Gaza City, wounding three.");
        assertEquals(List.of("Gaza", "Rafah"), a.stream().map(e -> e.location().name()).sorted().toList(), a.toString());
    }

    @Test
    void readsEachIncidentOfAListAtItsOwnDateAndATallyBetweenTwoDatesAsNoAttack() {
        List<Event> a = attacks("Between 7 October 2023 and 20 June 2025, at least 55,000 people were killed in Gaza, the ministry said.\n\n"
                + "Among the incidents reported on 20 and 21 June:\n"
                + "On 20 June, at about 18:40, four people were killed when a house was hit in Nuseirat camp, in Deir al Balah.\n"
                + "On 21 June, at about 09:15, two people were killed when a tent was struck in al-Mawasi, west of Khan Younis.");
        assertEquals(List.of("2025-06-20 4 null", "2025-06-21 2 null"), a.stream().map(e -> e.date().start() + " " + e.casualties().killed().best()
                + " " + (e.casualties().injured() == null ? null : e.casualties().injured().best())).sorted().toList(), a.toString());
    }

    @Test
    void namesArmedGroupsBeyondTheStatesAsAttackers() {
        assertEquals("al-Shabaab", attacks("Two people were killed in a mortar attack by al-Shabaab on a market in Mogadishu on Sunday.")
                .get(0).initiator().name());
        assertEquals("Israeli settlers", attacks("Settlers attacked the town of Huwara near Nablus on Sunday, injuring three residents.")
                .get(0).initiator().name());
        assertEquals("al-Shabaab", attacks("Al-Shabaab fighters fired mortar shells at a market in Mogadishu on Sunday, killing two people.")
                .get(0).initiator().name(), "a group's fighters attack for it");
    }

    private static List<Event> political(String text) {
        return pipeline.process(new Article("p", null, null, LocalDate.of(2025, 5, 7), null, null, null, text)).events().stream()
                .filter(e -> e.category() == Event.Category.POLITICAL).toList();
    }

    @Test
    void takesTheSubjectOfAPoliticalActAsItsActorAndAnOwnerAfterItAsTheOtherParty() {
        Event rejected = political("Zelenskyy has in turn rejected Moscow's offer of a truce.").get(0);
        assertEquals("REJECT", rejected.plover());
        assertEquals("Ukraine", rejected.initiator().name(), "the speaker for a state before the verb acts for it");
        assertEquals("Russia", rejected.target().name());
        Event passive = political("The plan was rejected by Moscow on Tuesday.").get(0);
        assertEquals("Russia", passive.initiator().name());
    }

    @Test
    void readsAWarsRunningTollAsATallyNotAnAttack() {
        List<Event> a = attacks("Drones struck a market in Sumy on Monday, killing three people, the governor said.\n\n"
                + "Launched in April, the war between the army and the militia in Khartoum has left more than 9,000 people dead.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(3, a.get(0).casualties().killed().best());
    }

    @Test
    void readsATollInThePerfectAfterAsOfADateAsATally() {
        List<Event> a = attacks("Soldiers raided the camp near Tubas on Sunday, killing two men, medics said.\n\n"
                + "As of the March 2 offensive, conditions in the area have only worsened. More than 300 people in the northern "
                + "West Bank have been killed, the ministry says.");
        assertEquals(1, a.size(), a.toString());
        assertEquals(2, a.get(0).casualties().killed().best());
    }

    @Test
    void givesARegionsTotalToTheOneCityToldInItThoughTheGazetteerKeepsThemApart() {
        List<Event> a = attacks("Seven people were injured in Crimea on Monday when debris of a downed drone fell on a street.\n\n"
                + "In Sevastopol, two people suffered minor injuries, the governor said.");
        Event sevastopol = a.stream().filter(e -> e.location().name().equals("Sevastopol")).findFirst().orElseThrow(() -> new AssertionError(a));
        assertEquals(7, sevastopol.casualties().injured().best(), "Sevastopol lies in Crimea: the seven are its");
    }

    @Test
    void readsADatelineAfterADateLineAsWhereTheReportWasFiled() {
        List<Event> a = attacks("June 23, 2025\nODESA, June 23 (Reuters) – A Russian drone attack killed one person, injured two others "
                + "and started fires at a storage site in the southern Ukrainian city of Kherson, regional officials said on Monday.\n"
                + "The governor said two people were hurt when debris fell on their homes.\n"
                + "He later said rescuers found the body of a man while clearing the rubble.");
        assertEquals(List.of("Kherson"), places(a));
    }

    @Test
    void countsAPersonNamedByTheirForceAfterAnArticleAndReadsAColonDateline() {
        List<Event> a = attacks("Border post attacked\nPESHAWAR: A senior Frontier Corps officer was killed when gunmen attacked a "
                + "checkpoint in Landi Kotal on Monday, officials said.");
        assertEquals(List.of("Landi Kotal"), places(a), "the dateline is where the report was filed");
        assertEquals(1, a.get(0).casualties().killed().best(), "a senior Frontier Corps officer is one person");
    }
}
