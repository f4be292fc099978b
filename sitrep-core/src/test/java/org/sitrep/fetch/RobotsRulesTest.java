package org.sitrep.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    @Test
    void ownGroupWinsOverTheWildcardGroup() {
        RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /\n\nUser-agent: sitrep\nDisallow: /private/\nCrawl-delay: 5\n", "sitrep");
        assertTrue(r.allows("/news/1"));
        assertFalse(r.allows("/private/x"));
        assertEquals(Duration.ofSeconds(5), r.crawlDelay());
    }

    @Test
    void longestMatchWinsAndAllowWinsTies() {
        RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /news/\nAllow: /news/world/\nDisallow: /*.pdf$\n", "sitrep");
        assertFalse(r.allows("/news/local/1"));
        assertTrue(r.allows("/news/world/1"));
        assertFalse(r.allows("/files/report.pdf"));
        assertTrue(r.allows("/files/report.pdf?page=2"));
    }

    @Test
    void emptyDisallowAndOtherAgentsAllowEverything() {
        RobotsRules r = RobotsRules.parse("User-agent: BadBot\nDisallow: /\n\nUser-agent: *\nDisallow:\n", "sitrep");
        assertTrue(r.allows("/anything"));
    }

    @Test
    void groupsWithSeveralAgentsApplyToEach() {
        RobotsRules r = RobotsRules.parse("User-agent: googlebot\nUser-agent: sitrep\nDisallow: /search\n", "sitrep");
        assertFalse(r.allows("/search?q=kyiv"));
    }
}
