package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Location;
import org.sitrep.model.PlaceMention;
import org.sitrep.nlp.TextAnalyzer;

class CyrillicPlaceFinderTest {

    private static PlaceFinder english;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        english = PlaceFinder.gazetteer(w -> false);
        analyzer = TextAnalyzer.english();
    }

    private static List<PlaceMention> places(String language, String text) {
        return english.forLanguage(language).find(analyzer.sentences(text));
    }

    private static String found(String language, String text) {
        String out = places(language, text).stream().map(p -> p.location().name() + "/" + p.location().level())
                .collect(Collectors.joining(", "));
        return out.isEmpty() ? "-" : out;
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            uk | locative -і of -а:        Увечері дрони атакували Одесу, а вночі вибухи лунали в Полтаві.      | Odesa/CITY, Poltava/CITY
            uk | genitive and locative:    Ракета влучила у Нікополі, до Нікополя виїхали рятувальники.         | Nikopol/CITY, Nikopol/CITY
            uk | -щина region:             Противник знову обстрілював Сумщину.                                 | Sumy Oblast/ADMIN1
            uk | adjective and oblast:     У Харківській області пошкоджено лінію електропередач.              | Kharkiv Oblast/ADMIN1
            uk | adjective, no region:     Харківський футбольний клуб зіграв унічию.                           | -
            uk | hromada by its centre:    Дрон скинув вибухівку на Краснопільську громаду Сумщини.              | Krasnopillia/CITY, Sumy Oblast/ADMIN1
            uk | person, not a town:       Про удар повідомив Андрій Вовчанськ.                                 | -
            uk | small town, no cue:       Шостка відзвітувала про ремонт доріг.                               | -
            uk | small town after у:       У Шостці пролунали вибухи.                                           | Shostka/CITY
            ru | locative -е:              В Грайвороне сработала система ПВО.                                  | Grayvoron/CITY
            ru | adjective and oblast:     Беспилотник атаковал поселок в Курской области.                      | Kursk Oblast/ADMIN1
            ru | krai:                     Обломки упали на территории Краснодарского края.                     | Krasnodar Krai/ADMIN1
            ru | republic as a noun:       Два дрона сбиты над Адыгеей.                                        | Adygeya Republic/ADMIN1
            ru | Ukrainian city in Russian: Взрывы прогремели в Харькове.                                       | Kharkiv/CITY
            """)
    void readsEachForm(String language, String text, String expected) {
        String sentence = text.substring(text.indexOf(':') + 1).strip();
        assertEquals(expected.strip(), found(language.strip(), sentence), sentence);
    }

    @Test
    void putsAVillageTheGazetteerLacksAtTheTownItsDistrictIsNamedAfter() {
        List<PlaceMention> found = places("ru", "Дрон атаковал село Нижние Липки Грайворонского района Белгородской области.");
        Location village = found.stream().map(PlaceMention::location).filter(l -> l.level() == Location.Level.CITY).findFirst().orElseThrow();
        assertEquals("Nizhnie Lipki", village.name());
        assertNull(village.geonameId(), "no GeoNames entry");
        assertEquals("Belgorod Oblast", village.admin1());
        assertEquals(50.4767, village.lat(), 0.001, "at Grayvoron, the district's centre");
    }

    @Test
    void keepsADistrictNamedInAnEarlierSentenceForTheVillageOfTheNext() {
        List<PlaceMention> found = places("ru", "Обстрел вели по Грайворонскому району Белгородской области. Снаряд попал в дом в селе Верхние Липки.");
        Location village = found.get(found.size() - 1).location();
        assertEquals("Verkhnie Lipki", village.name());
        assertEquals(50.4767, village.lat(), 0.001);
    }

    @Test
    void prefersTheNamesakeInTheRegionTheTextNames() {
        List<PlaceMention> found = places("uk", "На Житомирщині дрон влучив у будинок у селі Дружба.");
        Location village = found.get(found.size() - 1).location();
        assertEquals("Druzhba", village.name());
        assertEquals("Zhytomyr Oblast", village.admin1());
        assertTrue(village.geonameId() != null);
    }
}
