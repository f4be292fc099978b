package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NamedVictimsTest {

    private final NamedVictims named = new NamedVictims();

    private Integer subject(String text) {
        NamedVictims.Named n = named.subjectBefore(text, text.lastIndexOf("killed") >= 0 ? text.lastIndexOf("killed") : text.lastIndexOf("injured"));
        return n == null ? null : n.count();
    }

    private Integer list(String text) {
        NamedVictims.Named n = named.listAfter(text, text.indexOf("killed") + "killed".length());
        return n == null ? null : n.count();
    }

    @Test
    void countsPeopleNamedAsTheSubjectButNotTheNamesInAnAppositive() {
        assertEquals(2, subject("Media reported that former head of the Atomic Energy Organisation Fereydoon Abbasi and nuclear scientist Mohammad Mehdi Tehranchi were killed"));
        assertEquals(1, subject("Ali Shamkhani, senior adviser to Supreme Leader Ayatollah Ali Khamenei, was also reported to have been seriously injured"));
        assertEquals(1, subject("Her sister-in-law Hafeeza was seriously injured"));
        assertEquals(1, subject("Hossein Salami, chief of the Revolutionary Guards - a powerful branch of the armed forces - was killed"));
        assertEquals(2, subject("Mourners buried Sally Haddad and Dalal Nasser, who were killed"), "a relative clause on the names");
    }

    @Test
    void countsNoOneWhereTheSubjectIsAGroupOrAPlace() {
        assertNull(subject("Many civilians were killed"));
        assertNull(subject("Residents of Khan Younis were killed"));
        assertNull(subject("Key Iranian commanders have also been killed"));
    }

    @Test
    void countsTheNamesOfAListOfTheDeadAndTheRolesOfAnIncludingList() {
        assertEquals(3, list("Those killed included Hossein Salami, the commander-in-chief of the IRGC, Gholamali Rashid, the commander of the "
                + "Central Headquarters, and the army chief of staff, Mohammad Bagheri."));
        assertEquals(2, list("Commanders have also been killed, including the IRGC's commander-in-chief and the army chief of staff."));
        assertNull(list("The people killed were mostly women."));
    }
}
