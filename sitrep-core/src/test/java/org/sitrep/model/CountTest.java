package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountTest {

    @Test
    void addsTwoTollsAndKeepsABoundOpenWhereEitherLeavesItOpen() {
        assertEquals(Count.exactly(5), Count.exactly(3).plus(Count.exactly(2)));
        assertEquals(new Count(13, 13, null), Count.atLeast(11).plus(Count.exactly(2)));
        assertEquals(new Count(null, 7, 7), Count.upTo(5).plus(Count.exactly(2)));
    }
}
