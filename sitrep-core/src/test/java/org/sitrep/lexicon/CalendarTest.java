package org.sitrep.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CalendarTest {

    private final Calendar en = Calendar.english();

    @Test
    void readsWeekdaysMonthsAndAbbreviationsInAnyCase() {
        assertEquals(DayOfWeek.THURSDAY, en.weekday("thursday"));
        assertEquals(Month.SEPTEMBER, en.month("Sept"));
        assertEquals(Month.NOVEMBER, en.month("NOV"));
        assertTrue(en.names("May"));
        assertFalse(en.names("Mayor"));
    }

    @Test
    void buildsAPatternThatMatchesTheLongerAbbreviationFirst() {
        var m = Pattern.compile("\\b(" + en.monthPattern() + ")\\b").matcher("on Sept 3");
        assertTrue(m.find());
        assertEquals("Sept", m.group(1));
    }

    @Test
    void namesTheWordThatIsNoCalendarWord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> en.weekday("Someday"));
        assertTrue(e.getMessage().contains("'Someday'"), e.getMessage());
    }
}
