package org.sitrep.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void splitsLettersAndDigitsKeepingInnerApostrophes() {
        Words w = Words.of("At 03:00, Kryvyi-Rih's o'clock news: 11 hurt.");
        assertArrayEquals(new String[] {"at", "03", "00", "kryvyi", "rih", "o'clock", "news", "11", "hurt"}, w.lower);
    }

    @Test
    void dropsThePossessiveFromTheLowerFormButNotFromTheOffsets() {
        Words w = Words.of("Hamas’s attack");
        assertEquals("hamas", w.lower[0]);
        assertEquals("Hamas’s", w.text().substring(w.starts[0], w.ends[0]));
    }

    @Test
    void findsALexiconPhraseWrittenAsAPossessive() {
        Lexicon actors = Lexicon.of(java.util.Map.of("hamas", "Hamas"), "test");
        assertEquals("Hamas's", actors.find("in response to Hamas's attack").get(0).text());
    }
}
