package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.nlp.TextAnalyzer;

/** One example of each reading of a run of capitalised words, in the order {@link NameReadings} tries them. */
class NameReadingsTest {

    private static PlaceFinder finder;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        finder = PlaceFinder.gazetteer(w -> w.equals("hamas"));
        analyzer = TextAnalyzer.english();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            site:          Drones hit the Belaya air base overnight.                       | Belaya air base/POINT
            unlisted:      Gunmen in Zamfara state burned the village of Zzyzxville.       | Zamfara State/ADMIN1, Zzyzxville/CITY
            bare region:   Rebels killed six farmers in North Kivu on Friday.              | North Kivu/ADMIN1
            generic word:  Rains flooded roads across Central overnight.                   | -
            adjective:     The clip ran on Somali television.                              | -
            unknown:       Shelling hit Zzyzxville overnight.                              | -
            not a place:   Officials in Central said nothing.                              | -
            abbreviation:  The UN condemned the strike.                                    | -
            alias:         Shelling hit Pakistan-administered Kashmir overnight.           | Azad Kashmir/ADMIN1
            river:         Troops crossed the Dnipro river at night.                       | -
            listed region: Drones fell on the Bryansk, Kursk and Oryol regions.            | Bryansk Oblast/ADMIN1, Kursk Oblast/ADMIN1, Oryol oblast/ADMIN1
            governor:      The Voronezh governor said two were hurt.                       | Voronezh Oblast/ADMIN1
            region word:   Drones struck the Sumy region overnight.                        | Sumy Oblast/ADMIN1
            state:         Gunmen raided a village in Zamfara state on Sunday.             | Zamfara State/ADMIN1
            country:       Missiles hit Ukraine overnight.                                 | Ukraine/COUNTRY
            attributive:   Staff at the Saudi hospital fled.                               | -
            district of:   Shells hit the Kyivskyi district of Kharkiv.                    | Kharkiv/CITY
            longer name:   Officials met Vladimir Putin on Monday.                         | -
            street:        A shell hit a car on Salah al-Din Street in Khan Younis.        | Khān Yūnis/CITY
            town:          A drone hit a house in Izium on Monday.                         | Izium/CITY
            """)
    void readsEachKindOfName(String reading, String expected) {
        String text = reading.substring(reading.indexOf(':') + 1).strip();
        List<String> found = finder.find(analyzer.sentences(text)).stream()
                .map(p -> p.location().name() + "/" + p.location().level()).toList();
        assertEquals(expected.equals("-") ? List.of() : List.of(expected.split(",\\s*")), found, reading);
    }
}
