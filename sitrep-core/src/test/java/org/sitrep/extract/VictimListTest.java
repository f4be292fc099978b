package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.nlp.TextAnalyzer;

class VictimListTest {

    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = TextAnalyzer.english();
    }

    private static Toll read(String text) {
        List<Sentence> sentences = analyzer.sentences(text);
        return sentences.stream().map(s -> VictimList.read(s, text)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Test
    void countsOneVictimANumberAndTheChildrenByTheirAges() {
        Toll t = read("A shell hit a street in Deir al-Balah on Monday. The following were killed: 1. Samir Odeh, 61 "
                + "2. Rana Odeh (14) 3. Jamil Odeh, 9 4. Fadi Khalil, 30 The rescue teams reached the street an hour later.");
        assertEquals(Toll.Kind.KILLED, t.kind());
        assertEquals(4, t.count().best());
        assertEquals(2, t.children().best());
    }

    @Test
    void stopsWhereTheNumbersStopGoingUpByOne() {
        Toll t = read("Victims of the strike: 1. Hani Saad, 40 2. Maha Saad, 38 4. a list error, and 1,200 homes were damaged.");
        assertEquals(2, t.count().best());
        assertNull(t.children(), "no age under 18");
    }

    @Test
    void readsNoListWithoutAColonAndAFirstItem() {
        assertNull(read("Five people were killed in the strike on Monday, including 2 children."));
        assertNull(read("The dead were named as follows: Hani Saad and Maha Saad."));
        assertNull(read("Those killed: 1. Hani Saad, 40. Officials gave no more names."), "one item is no list");
    }
}
