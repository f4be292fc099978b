package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which earlier article a text copies: the rule the store and the Spark job share. */
class MinHashTest {

    private static final String WIRE = "Rescue teams in the port city searched collapsed buildings through the night after a barrage of "
            + "missiles and drones, the regional administration said, adding that power and water were cut to several districts "
            + "and that schools would stay closed on Monday while engineers checked the damage to the grid.";
    private static final String EDITED = WIRE.replace("through the night", "overnight") + " Our correspondent adds that sirens sounded again at dawn.";
    private static final String OTHER = "Farmers in the south began the harvest early this year, as the dry summer ripened the wheat weeks "
            + "before the usual time, and grain traders said prices at the ports held steady.";

    private static MinHash.Candidate candidate(String id, int shared, String text) {
        return new MinHash.Candidate(id, shared, MinHash.signature(text));
    }

    @Test
    void aCopyFindsTheMostAlikeEarlierArticle() {
        long[] copy = MinHash.signature(WIRE);
        assertEquals("wire", MinHash.original(copy, List.of(candidate("edited", 20, EDITED), candidate("wire", 3, WIRE),
                candidate("other", 30, OTHER))));
    }

    @Test
    void anArticleLikeNoneIsAStoryOfItsOwn() {
        assertNull(MinHash.original(MinHash.signature(OTHER), List.of(candidate("wire", 30, WIRE))));
        assertNull(MinHash.original(MinHash.signature(OTHER), List.of()));
    }

    @Test
    void ofEquallyAlikeCopiesTheOneSharingMoreBandsThenTheFirstIdWins() {
        long[] copy = MinHash.signature(WIRE);
        assertEquals("b", MinHash.original(copy, List.of(candidate("c", 30, WIRE), candidate("b", 30, WIRE), candidate("a", 29, WIRE))));
    }

    @Test
    void onlyTheCandidatesSharingMostBandsAreCompared() {
        List<MinHash.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < MinHash.CANDIDATES; i++) {
            candidates.add(candidate("unrelated-" + i, 2, OTHER + " " + i));
        }
        candidates.add(candidate("same-text-few-bands", 1, WIRE));
        assertNull(MinHash.original(MinHash.signature(WIRE), candidates));
    }
}
