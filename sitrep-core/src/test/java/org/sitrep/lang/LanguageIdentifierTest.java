package org.sitrep.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private final LanguageIdentifier languages = LanguageIdentifier.standard();

    @Test
    void readsLatinTextAsEnglishAndCyrillicByTheModel() {
        assertEquals("en", languages.identify(null, "Drones struck the port overnight, the governor said."));
        assertEquals("uk", languages.identify(null, "Уночі ворожі дрони атакували місто, внаслідок удару поранено двох людей, "
                + "повідомив голова обласної військової адміністрації."));
        assertEquals("ru", languages.identify("en", "Ночью беспилотники атаковали город, в результате удара пострадали два человека, "
                + "сообщил губернатор области."));
    }

    @Test
    void takesADeclaredLanguageOtherThanEnglishAsGiven() {
        assertEquals("uk", languages.identify("UK", "A text in any alphabet."));
    }

    @Test
    void countsLettersNotDigitsOrPunctuationWhenJudgingTheAlphabet() {
        assertTrue(ScriptFirstIdentifier.mostlyLatin("12:40, 01.09.2025 — Kyiv"));
        assertFalse(ScriptFirstIdentifier.mostlyLatin("12:40, 01.09.2025 — Київ, Kyiv, Харків"));
        assertTrue(ScriptFirstIdentifier.mostlyLatin("2025"));
    }
}
