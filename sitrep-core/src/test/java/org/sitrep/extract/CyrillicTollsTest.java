package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Count;
import org.sitrep.model.Sentence;

class CyrillicTollsTest {

    private static final CyrillicTolls UK = new CyrillicTolls("uk");
    private static final CyrillicTolls RU = new CyrillicTolls("ru");

    private static List<CyrillicTolls.Figure> read(String language, String text) {
        return (language.equals("uk") ? UK : RU).read(new Sentence(0, 0, 0, text.length(), text, List.of()));
    }

    /** "K3 I7": each figure as its kind's letter and best count, a "c" and the children where it has them. */
    private static String figures(String language, String text) {
        String out = read(language, text).stream()
                .map(f -> (f.kind() == Toll.Kind.KILLED ? "K" : "I") + f.count().best() + (f.children() == null ? "" : "c" + f.children().best()))
                .collect(Collectors.joining(" "));
        return out.isEmpty() ? "-" : out;
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            uk | Унаслідок удару загинули троє людей, ще семеро дістали поранень.                  | K3 I7
            uk | Поранено 45-річного чоловіка та 12-річного хлопчика.                              | I2c1
            uk | Постраждала 70-річна жінка, її госпіталізували.                                  | I1
            uk | Загинув місцевий мешканець.                                                       | K1
            uk | На місці влучання ніхто не постраждав.                                          | I0 K0
            uk | Серед загиблих четверо дітей, всього загинули дев'ятеро людей.                   | K4c4 K9
            uk | Рятувальники врятували шість років тому збудований міст.                        | -
            uk | Пораненому шість років.                                                           | -
            uk | Дрон скинув два вибухові пристрої на подвір'я, поранено одну людину.            | I1
            ru | Погибли 4 человека, в том числе 1 ребенок.                                        | K4c1
            ru | Более 20 человек получили ранения.                                                | I21
            ru | Никто не погиб, пострадали двое.                                                 | K0 I2
            ru | Ранена 16-летняя девушка.                                                         | I1c1
            ru | ПВО сбили 38 беспилотников, пострадавших нет.                                    | -
            ru | Мужчина получил осколочные ранения.                                               | I1
            """)
    void readsEachFigure(String language, String text, String expected) {
        assertEquals(expected.strip(), figures(language.strip(), text.strip()), text);
    }

    @Test
    void readsAtLeastAsOpenAboveAndMoreThanAsOneMore() {
        Count atLeast = read("uk", "Щонайменше 5 людей загинули.").get(0).count();
        assertEquals(new Count(5, 5, null), atLeast);
        Count moreThan = read("ru", "Ранены более 10 человек.").get(0).count();
        assertEquals(new Count(11, 11, null), moreThan);
        Count several = read("uk", "Кілька людей дістали поранення.").get(0).count();
        assertEquals(new Count(2, 3, null), several);
    }

    @Test
    void marksADeathAmongPeopleToldBefore() {
        CyrillicTolls.Figure f = read("uk", "Один із поранених помер у лікарні.").get(0);
        assertEquals(Toll.Kind.KILLED, f.kind());
        assertEquals(1, f.count().best());
        assertTrue(f.ofThose(), "one of the injured: no longer among them");
    }
}
