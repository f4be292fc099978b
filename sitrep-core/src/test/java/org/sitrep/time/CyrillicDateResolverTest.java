package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateMention;
import org.sitrep.model.Sentence;

class CyrillicDateResolverTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 12);

    private static List<DateMention> find(String language, String text, LocalDate published) {
        return DateResolver.forLanguage(language).find(new Sentence(0, 0, 0, text.length(), text, List.of()), published);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            uk | Уночі ворог атакував місто.                       | 2025-03-12
            uk | Вчора ввечері дрони вдарили по околиці.           | 2025-03-11
            uk | Минулої доби під обстрілом були три громади.      | 2025-03-11
            uk | В ніч на вівторок пролунали вибухи.               | 2025-03-11
            uk | Удар стався в неділю ввечері.                     | 2025-03-09
            uk | Ще 28 лютого поранено двох людей.                 | 2025-02-28
            uk | 20 листопада місто знову обстріляли.              | 2024-11-20
            ru | Накануне беспилотник атаковал поселок.            | 2025-03-11
            ru | В ночь на 10 марта сбиты дроны.                   | 2025-03-10
            ru | Утром в среду прогремели взрывы.                  | 2025-03-12
            """)
    void resolvesAgainstThePublicationDay(String language, String text, String expected) {
        List<DateMention> found = find(language.strip(), text.strip(), PUBLISHED);
        assertFalse(found.isEmpty(), text);
        assertEquals(LocalDate.parse(expected.strip()), found.get(found.size() - 1).date().start(), text + " " + found);
    }

    @Test
    void leavesANumberBeforeAMonthThatIsNoDayAlone() {
        assertTrue(find("uk", "Їх було 45 січня не бачили.", PUBLISHED).isEmpty());
    }

    @Test
    void keepsTheWordsButNoDayWithoutAPublicationDate() {
        DateMention d = find("ru", "Вчера дрон атаковал село.", null).get(0);
        assertEquals("Вчера", d.text());
        assertFalse(d.date().resolved());
    }
}
