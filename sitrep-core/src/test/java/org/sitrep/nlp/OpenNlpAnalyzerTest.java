package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

class OpenNlpAnalyzerTest {

    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = TextAnalyzer.english();
    }

    @Test
    void splitsParagraphsIntoSentencesWithOffsetsIntoTheText() {
        String text = "Russian drones hit Odesa overnight. Two people were killed.\n\nIn Kharkiv, three were injured.";
        List<Sentence> s = analyzer.sentences(text);
        assertEquals(3, s.size());
        assertEquals(0, s.get(0).paragraph());
        assertEquals(1, s.get(2).paragraph());
        for (Sentence x : s) {
            assertEquals(x.text(), text.substring(x.start(), x.end()));
            for (Token t : x.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()));
            }
        }
    }

    @Test
    void keepsPlaceNamesApartFromSentenceFinalPunctuation() {
        List<Token> tokens = analyzer.sentences("A drone hit the Shevchenkivskyi district of Kyiv.").get(0).tokens();
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals("Kyiv")), tokens.toString());
    }

    @Test
    void lemmatisesWithTheStatisticalModels() {
        Sentence s = analyzer.sentences("Russian strikes killed eight people and injured dozens.").get(0);
        List<String> lemmas = analyzer.lemmas(s);
        assertTrue(lemmas.contains("kill") && lemmas.contains("injure") && lemmas.contains("strike"), lemmas.toString());
    }

    @Test
    void readsAParagraphWithoutEndInPiecesThatCoverItInOrder() {
        String words = String.join(" ", java.util.Collections.nCopies(6000, "drones struck the city"));
        String noSpaces = "x".repeat(50_000);
        for (String text : new String[] {words, noSpaces}) {
            var found = TextAnalyzer.english().sentences(text);
            assertTrue(found.size() > 10, "pieces: " + found.size());
            int at = 0;
            for (var s : found) {
                assertTrue(s.end() - s.start() <= 1_500, "a piece of " + (s.end() - s.start()) + " characters");
                assertTrue(s.start() >= at, "pieces in order");
                assertEquals(text.substring(s.start(), s.end()), s.text());
                at = s.end();
            }
            assertTrue(text.length() - at < 2, "the pieces reach the end of the text");
        }
    }
}
