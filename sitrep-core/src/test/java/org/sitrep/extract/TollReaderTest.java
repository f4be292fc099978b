package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.Sentence;

class TollReaderTest {

    private final TollReader reader = new TollReader();

    private List<Toll> read(String text) {
        return reader.read(new Sentence(0, 0, 0, text.length(), text, List.of()));
    }

    private Toll only(String text, Toll.Kind kind) {
        List<Toll> found = read(text).stream().filter(t -> t.kind() == kind).toList();
        assertEquals(1, found.size(), "expected one " + kind + " toll in '" + text + "', found " + found);
        return found.get(0);
    }

    @Test
    void givesThePlaceAfterAllButTheTotalLessTheException() {
        List<Toll> killed = read("Across Ukraine, at least 30 were known to have been killed, all but two of them in Kyiv.").stream()
                .filter(t -> t.kind() == Toll.Kind.KILLED).toList();
        assertEquals(List.of(30, 28), killed.stream().map(t -> t.count().best()).toList(), "the total, then the rest at Kyiv; 'two' is no toll");
    }

    @Test
    void countsTheChildrenOfEveryPartListedAfterIncluding() {
        Toll t = only("At least 14 villagers, including three men and two girls, were killed when the market was shelled.", Toll.Kind.KILLED);
        assertEquals(Count.atLeast(14), t.count());
        assertEquals(Count.exactly(2), t.children());
    }

    @Test
    void readsANumberInBracketsOrBetweenCommasAfterANameAsAnAgeNotACount() {
        Toll t = only("Doctors announced the death of Mona Saleh (38), who succumbed to her wounds on Monday.", Toll.Kind.KILLED);
        assertEquals(Count.exactly(1), t.count());
        Toll u = only("Two farmers, Yusuf, 52, and Omar, 47, were killed by shelling.", Toll.Kind.KILLED);
        assertEquals(Count.exactly(2), u.count());
    }

    @Test
    void countsANamedManWithTheKinListedAfterHim() {
        Toll t = only("The strike destroyed the house, killing Omar Haddad, his wife Nour, and their two sons.", Toll.Kind.KILLED);
        assertEquals(Count.exactly(4), t.count());
    }

    @Test
    void countsSoldiersAsVictimsWhenAnArmedGroupAttackedThemButNotInABareClaim() {
        Toll t = only("Seven soldiers were killed when insurgents ambushed their patrol near the border.", Toll.Kind.KILLED);
        assertEquals(Count.exactly(7), t.count());
        assertTrue(read("The army said 300 soldiers were killed in the fighting.").stream().noneMatch(x -> x.kind() == Toll.Kind.KILLED),
                "a bare count of troops is a battlefield claim");
    }

    @Test
    void countsTheChildrenOneOfWhomWasAChild() {
        Toll t = only("The strikes injured at least three others - one of whom was a four-year-old child - officials reported.", Toll.Kind.INJURED);
        assertEquals(Count.atLeast(3), t.count());
        assertEquals(Count.exactly(1), t.children());
    }

    @Test
    void countsOnlyTheChildAfterTheCommaNotTheWholeToll() {
        Toll t = only("A drone hit a block of flats, injuring at least six more, including a child.", Toll.Kind.INJURED);
        assertEquals(Count.atLeast(6), t.count());
        assertEquals(Count.exactly(1), t.children());
    }

    @Test
    void readsASonAsAPersonNotAsAChild() {
        Toll t = only("A drone hit a block of flats, killing a mother and her son.", Toll.Kind.KILLED);
        assertEquals(Count.exactly(2), t.count());
        assertNull(t.children(), "a son may be grown up");
    }

    @Test
    void addsFiguresOfTwoNationalities() {
        assertEquals(26, only("The 22 April attack left 25 Indians and one Nepali national dead.", Toll.Kind.KILLED).count().best());
    }

    @Test
    void countsChildInsideInjuredTotal() {
        Toll t = only("At least 11 civilians, including a 13-year-old girl, were injured late Sunday.", Toll.Kind.INJURED);
        assertEquals(Count.atLeast(11), t.count());
        assertEquals(Count.exactly(1), t.children());
    }

    @Test
    void readsKilledAndInjuredInOnePhrase() {
        assertEquals(Count.exactly(2), only("The strike hit a market, killing two and wounding 11.", Toll.Kind.KILLED).count());
        assertEquals(Count.exactly(11), only("The strike hit a market, killing two and wounding 11.", Toll.Kind.INJURED).count());
        assertEquals(Count.exactly(5), only("Four people were killed and another five were injured.", Toll.Kind.INJURED).count());
    }

    @Test
    void readsNumberWordsAndVagueWordsByCountingConventions() {
        assertEquals(Count.exactly(26), only("Twenty-six Palestinians have been killed.", Toll.Kind.KILLED).count());
        assertEquals(new Count(12, 12, null), only("Dozens of people were killed.", Toll.Kind.KILLED).count());
        assertEquals(Count.atLeast(31), only("More than 30 were injured.", Toll.Kind.INJURED).count());
        assertEquals(Count.upTo(5), only("Up to 5 people were hurt.", Toll.Kind.INJURED).count());
        assertEquals(Count.between(3, 7), only("Between 3 and 7 people were killed.", Toll.Kind.KILLED).count());
    }

    @Test
    void readsOnePersonDescribedByAge() {
        Toll t = only("A guided aerial bomb attack hurt a 57-year-old woman.", Toll.Kind.INJURED);
        assertEquals(Count.exactly(1), t.count());
        assertNull(t.children());
    }

    @Test
    void takesTheUpdatedTollAsUpdate() {
        Toll t = only("The death toll has risen to 7, officials said.", Toll.Kind.KILLED);
        assertEquals(Count.exactly(7), t.count());
        assertTrue(t.update());
    }

    @Test
    void readsNoOneInjuredAsZero() {
        assertEquals(Count.ZERO, only("No-one was injured, he added.", Toll.Kind.INJURED).count());
    }

    @Test
    void doesNotCountInterceptedDronesOrHours() {
        assertTrue(read("Air defences shot down 95 drones and killed the engines of 3 missiles.").stream()
                .noneMatch(t -> t.count().best() != null && t.count().best() > 0), "drones are not victims");
        assertTrue(read("In the 24 hours to midday, strikes killed dozens.").stream()
                .allMatch(t -> t.count().best() == 12), "24 hours is not a toll");
    }

    @Test
    void readsDeathsNounWithItsNumber() {
        assertEquals(Count.exactly(4), only("Four deaths were reported in the region.", Toll.Kind.KILLED).count());
    }

    @Test
    void countsSoldiersOfANamedSideButNotBareTroopNumbers() {
        assertEquals(Count.exactly(19), only("In 2016, 19 Indian soldiers were killed in Uri.", Toll.Kind.KILLED).count());
        assertTrue(read("The bodies of 1,200 soldiers killed in the fighting were returned.").isEmpty());
    }

    @Test
    void readsVictimsToldByNameAndMarksThoseAlsoKilledAsMore() {
        Toll named = only("Her sister-in-law Hafeeza was seriously injured.", Toll.Kind.INJURED);
        assertEquals(Count.exactly(1), named.count());
        assertTrue(named.named());
        Toll more = only("Two nuclear scientists were also reported to have been killed.", Toll.Kind.KILLED);
        assertEquals(Count.exactly(2), more.count());
        assertTrue(more.more());
    }

    @Test
    void readsAPersonOfAGivenAgeTheFatallyInjuredAndNotMinutes() {
        Toll t = only("After just 10 minutes, a shell struck their vehicle, fatally injuring 47-year-old Nargis.", Toll.Kind.KILLED);
        assertEquals(Count.exactly(1), t.count());
        assertTrue(read("After just 10 minutes, a shell struck their vehicle, fatally injuring 47-year-old Nargis.").stream()
                .noneMatch(x -> x.kind() == Toll.Kind.INJURED));
    }

    @Test
    void countsChildrenAmongPartOfAFamilyAndOneMoreAlongWith() {
        Toll killed = only("An Israeli strike on the home of a doctor killed nine of her 10 children.", Toll.Kind.KILLED);
        assertEquals(Count.exactly(9), killed.count());
        assertEquals(Count.exactly(9), killed.children());
        Toll injured = only("Her 11-year-old son was injured, along with her husband, who is in critical condition.", Toll.Kind.INJURED);
        assertEquals(Count.exactly(2), injured.count());
        assertEquals(Count.exactly(1), injured.children());
    }

    @Test
    void readsTheFiguresAfterThoseKilledWere() {
        Toll t = only("Relatives told the BBC that those killed were a couple and their five children.", Toll.Kind.KILLED);
        assertEquals(Count.exactly(5), t.children());
    }

    @Test
    void countsTheChildAmongTheInjured() {
        Toll t = only("Among the injured was a 12-year-old boy, he said.", Toll.Kind.INJURED);
        assertEquals(Count.exactly(1), t.children());
    }

    @Test
    void countsTheChildrenAmongTheDead() {
        Toll t = only("Among the dead were two children, he said.", Toll.Kind.KILLED);
        assertEquals(Count.exactly(2), t.children());
    }

    @Test
    void countsTheNumberAfterAPossessiveNotThePossessiveAsOne() {
        Toll family = only("An Israeli strike on a house killed a mother and her three children, medics said.", Toll.Kind.KILLED);
        assertEquals(Count.exactly(4), family.count());
        assertEquals(Count.exactly(3), family.children());
        assertEquals(Count.exactly(2), only("The strike killed his two sons.", Toll.Kind.KILLED).count());
        assertEquals(Count.exactly(26), only("Twenty six people were killed.", Toll.Kind.KILLED).count());
    }

    @Test
    void givesTheChildIncludedAfterTheInjuredToTheInjuredOnly() {
        List<Toll> tolls = read("Glide bombs hit Kharkiv, killing three people and injuring at least 21, including a child, the mayor said.");
        Toll killed = tolls.stream().filter(t -> t.kind() == Toll.Kind.KILLED).findFirst().orElseThrow();
        Toll injured = tolls.stream().filter(t -> t.kind() == Toll.Kind.INJURED).findFirst().orElseThrow();
        assertNull(killed.children());
        assertEquals(Count.exactly(1), injured.children());
    }

    @Test
    void countsTheChildrenAmongThemAfterTheTollsOwnWord() {
        assertEquals(Count.exactly(15), only("More than 117 people were injured, among them 15 children.", Toll.Kind.INJURED).children());
    }

    @Test
    void countsBodiesReceivedAsDead() {
        assertEquals(12, only("The hospital said it had received the bodies of 12 people.", Toll.Kind.KILLED).count().best());
    }

    @Test
    void readsPeopleIncludedInATollAsAPartOfItButChildrenAsItsChildren() {
        List<Integer> killed = read("At least 38 were killed across Gaza, the ministry said, including 12 people who were waiting for food in Khan Younis.")
                .stream().filter(t -> t.kind() == Toll.Kind.KILLED).map(t -> t.count().best()).toList();
        assertEquals(List.of(38, 12), killed);
        List<Toll> withChildren = read("At least 38 were killed across Gaza, the ministry said, including 12 children.");
        assertEquals(1, withChildren.size(), withChildren.toString());
    }

    @Test
    void readsChildrenToldOfTheDeadOrIncludedAfterTheSpeaker() {
        assertEquals(5, only("Five of the dead were children.", Toll.Kind.KILLED).children().best());
        Toll injured = only("More than 150 people were injured across the city, the head of the city military administration, "
                + "Tymur Tkachenko, said, including 16 children.", Toll.Kind.INJURED);
        assertEquals(16, injured.children().best());
        assertEquals(null, only("Five of the dead were soldiers.", Toll.Kind.KILLED).children());
    }

    @Test
    void countsAFamilyByItsNumberAndOnePersonNamedByRole() {
        Toll family = only("The strike killed a family of four, including a two-year-old boy.", Toll.Kind.KILLED);
        assertEquals(4, family.count().best());
        assertEquals(1, family.children().best());
        assertEquals(1, only("A drone hit a minibus, killing the driver and injuring three passengers.", Toll.Kind.KILLED).count().best());
        assertEquals(List.of(), read("A shell hit the house, injuring the family."), "a family is no count of one");
    }

    @Test
    void takesNoCountOfThingsBeforeAnIncludedListOfPlacesAsTheToll() {
        Toll killed = only("The military said it had shot down 25 drones over several cities, including Lahore and Rawalpindi, "
                + "and that one civilian was killed.", Toll.Kind.KILLED);
        assertEquals(1, killed.count().best());
        assertEquals(2, only("Thirteen people - including two children - were injured.", Toll.Kind.INJURED).children().best());
    }

    @Test
    void sumsAListOfPeopleButNotTheNamesThatRetellACount() {
        Toll family = only("An Israeli strike on a tent killed a man, his wife and their three children, the hospital said.", Toll.Kind.KILLED);
        assertEquals(5, family.count().best());
        assertEquals(3, family.children().best());
        assertEquals(2, read("The strike killed two people, a woman and her son.").stream()
                .mapToInt(t -> t.count().best()).max().orElseThrow(), "the woman and her son are the two");
    }

    private List<Toll> readAfter(String paragraphBefore, String text) {
        return reader.read(new Sentence(1, 0, 0, text.length(), text, List.of()), org.sitrep.lexicon.Words.of(text), paragraphBefore);
    }

    @Test
    void countsOnePersonStruckInAPartOfTheBodyAsWoundedAndAChildWhenTheParagraphToldOfOne() {
        List<Toll> girl = readAfter("Sixteen-year-old Mariam stood outside as the shells fell.", "But she, too, had been hit - in the arm.");
        assertEquals(1, girl.size(), girl.toString());
        assertEquals(Toll.Kind.INJURED, girl.get(0).kind());
        assertEquals(Count.exactly(1), girl.get(0).count());
        assertEquals(Count.exactly(1), girl.get(0).children());
        List<Toll> woman = readAfter("A 57-year-old woman was in the kitchen.", "She was wounded when the window blew in.");
        assertEquals(Count.exactly(1), woman.get(0).count());
        assertNull(woman.get(0).children(), "a grown woman");
        assertEquals(List.of(), readAfter("", "The missile hit the block in the middle of the night."), "a building is no person");
    }

    @Test
    void countsTheChildAmongThemAsAChildOfTheTollBeforeAndTakesSheForTheOneOfAnAge() {
        List<Toll> among = readAfter("A glide bomb hit the city, injuring three people.", "Among them was a 12-year-old girl.");
        assertEquals(1, among.size(), among.toString());
        assertEquals(Toll.Kind.INJURED, among.get(0).kind());
        assertEquals(Count.exactly(1), among.get(0).children());
        List<Toll> she = readAfter("Among them was a 12-year-old girl.", "Her mother said she was hit in the leg.");
        assertEquals(Count.exactly(1), she.get(0).children(), "'she' is the girl of an age, not her mother");
        assertEquals(List.of(), readAfter("Officials met on Monday.", "Among them was a 12-year-old girl."), "no toll before it");
    }

    @Test
    void readsNoDayOfAMonthAsACount() {
        assertEquals(List.of(), read("On 3 January 2024, a man was reported killed near the checkpoint.").stream()
                .filter(t -> t.count().best() != null && t.count().best() == 3).toList(), "'3 January' is a date");
        assertEquals(List.of(), read("He had been wounded on October 7, 2023, officials said.").stream()
                .filter(t -> t.count().best() != null && t.count().best() == 7).toList(), "'October 7' is a date");
    }

    @Test
    void countsThePeopleNamedWithTheirAgesAfterTheVerb() {
        assertEquals(Count.exactly(2), only("Soldiers killed Sami Odeh (28) and Ibrahim Sabbah (19) near the camp.", Toll.Kind.KILLED).count());
        assertEquals(Count.exactly(1), only("Troops shot and killed Ahmad Jaber, 17, in the village.", Toll.Kind.KILLED).count());
        assertEquals(List.of(), read("The army said it had killed Ali Hassan, a senior commander."), "a named target without an age is the army's claim");
    }

    @Test
    void readsATollRevisedDownAsTheLatestFigure() {
        Toll t = only("The ministry later revised the death toll down to at least 12.", Toll.Kind.KILLED);
        assertEquals(Count.atLeast(12), t.count());
        assertEquals(true, t.update());
    }

    @Test
    void readsMartyredSuccumbedAndShotDeadAsKilled() {
        assertEquals(Count.exactly(2), only("Two guards were martyred when gunmen opened fire.", Toll.Kind.KILLED).count());
        assertEquals(Count.exactly(1), only("An elderly man later succumbed to his wounds in hospital.", Toll.Kind.KILLED).count());
        assertEquals(Count.exactly(2), only("Police shot dead two men at the gate.", Toll.Kind.KILLED).count());
    }

    @Test
    void readsFiguresListedAfterATollAtOtherPlacesAsTollsOfTheSameKind() {
        List<Toll> injured = read("Four people were hurt in Lozova, two more in Balakliia and one in Izium, police said.").stream()
                .filter(t -> t.kind() == Toll.Kind.INJURED).toList();
        assertEquals(List.of(4, 2, 1), injured.stream().map(t -> t.count().best()).toList());
        assertTrue(read("Five were killed in the attack, 3 in the morning.").stream().noneMatch(t -> t.count().best() == 3),
                "a figure before a time of day is no toll at a place");
    }
}
