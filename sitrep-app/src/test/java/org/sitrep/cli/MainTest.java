package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void printsUsageAndFailsWhenNoJobIsNamed() {
        CliRun r = CliRun.of();
        assertEquals(2, r.status());
        assertTrue(r.err().contains("Usage: sitrep") && r.err().contains("extract") && r.err().contains("bench"), r.err());
    }

    @Test
    void listsEveryInputKindInExtractHelp() {
        CliRun r = CliRun.of("extract", "--help");
        assertEquals(0, r.status());
        for (String kind : new String[] {".warc.gz", ".rss", ".atom", ".jsonl.gz"}) {
            assertTrue(r.out().contains(kind), kind + " in " + r.out());
        }
    }
}
