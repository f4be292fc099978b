package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class BoilerplateCleanerTest {

    private final Cleaner cleaner = Cleaner.standard();

    private Article clean(String text) {
        return cleaner.clean(new Article("t", null, null, null, null, null, null, text));
    }

    @Test
    void dropsAlsoReadAndShareLinesAndKeepsPublishedByAsAuthor() {
        Article a = clean("Missiles hit Kharkiv overnight.\n\nALSO READ: Something else entirely\n\nShare this article\n\nPublished by\n\nTwo were hurt.\n\nPublished by Shairin Panwar");
        assertEquals("Missiles hit Kharkiv overnight.\n\nTwo were hurt.", a.text());
        assertEquals("Shairin Panwar", a.author());
    }

    @Test
    void dropsATimestampLineEvenInsideAParagraphSoItsDateIsNotReadAsTheAttacks() {
        Article a = clean("AFP Updated 4 Mar, 2024 09:15am\nGunmen killed two farmers near Jos late on Sunday.\n\n"
                + "The state published 2024 figures on Monday showing 300 deaths.");
        assertEquals("Gunmen killed two farmers near Jos late on Sunday.\n\nThe state published 2024 figures on Monday showing 300 deaths.", a.text());
    }

    @Test
    void dropsBodyLinesThatRepeatTheTitleSoACaptionBelowStandsAlone() {
        Article a = cleaner.clean(new Article("t", null, "Shelling kills 4 across the south", null, null, null, null,
                "Shelling kills 4 across the south\nOdesa Oblast rescuers clear rubble after the attack. (Photo: police)\n\n"
                        + "Four people were killed in shelling of Kherson on Monday."));
        assertEquals("Odesa Oblast rescuers clear rubble after the attack. (Photo: police)\n\nFour people were killed in shelling of Kherson on Monday.", a.text());
    }

    @Test
    void takesLeadingHeadlineAsTitleWhenNoneWasGiven() {
        Article a = clean("Kharkiv Missile Strike Injures 11 As Trump Urges Peace Deal\n\nRussia's missile hit Kharkiv.");
        assertEquals("Kharkiv Missile Strike Injures 11 As Trump Urges Peace Deal", a.title());
        assertEquals("Russia's missile hit Kharkiv.", a.text());
    }

    @Test
    void stripsStockLeadInFromFirstParagraphOnly() {
        Article a = clean("Here’s what you need to know: At least eight people have been killed.\n\nAccording to new developments, more follow.");
        assertTrue(a.text().startsWith("At least eight people"), a.text());
        assertTrue(a.text().contains("According to new developments, more follow."));
    }

    @Test
    void keepsOrdinarySentencesThatMentionSharing() {
        Article a = clean("Ukraine and Russia share a long border.\n\nDrones hit Sumy.");
        assertFalse(a.text().isEmpty());
        assertTrue(a.text().startsWith("Ukraine and Russia share"));
    }

    @Test
    void keepsEachItemOfAListAndTheLineThatOpensItAParagraphOfItsOwn() {
        Article a = clean("Shelling hit the market on Friday\nand the square nearby.\nThe incidents reported:\n- On 2 May, a shell hit a car.\n"
                + "- On 3 May, a drone hit a shop.\n1. Huda Saleh, 33\n2. Ali Saleh, 15");
        assertEquals("Shelling hit the market on Friday and the square nearby. The incidents reported:\n\n- On 2 May, a shell hit a car."
                + "\n\n- On 3 May, a drone hit a shop.\n\n1. Huda Saleh, 33\n\n2. Ali Saleh, 15", a.text());
    }
}
