package org.sitrep.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            uk | Ясенівка       | yasenivka
            uk | Гоща           | hoshcha
            uk | Їжаківка       | yizhakivka
            uk | Знам'янка      | znamianka
            uk | Юр'ївка        | yurivka
            ru | Щёкино         | shchyokino
            ru | Ельня          | yelnya
            ru | Подъёмная      | podyomnaya
            ru | Нижние Липки   | nizhnie lipki
            """)
    void spellsAsGeoNamesSpellsTheLanguagesPlaces(String language, String word, String expected) {
        assertEquals(expected.strip(), Transliteration.of(language.strip()).latin(word.strip()));
    }
}
