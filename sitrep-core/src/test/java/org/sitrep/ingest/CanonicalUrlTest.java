package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    private static final String PAGE = "https://kyivwire.example/news/strike-on-lviv";

    @Test
    void dropsTrackingParametersFragmentAndTrailingSlash() {
        assertEquals(PAGE, CanonicalUrl.of("https://kyivwire.example/news/strike-on-lviv/?utm_source=twitter&utm_medium=social&fbclid=abc#comments"));
    }

    @Test
    void mobileAndWwwHostsAndPlainHttpAreTheSamePage() {
        assertEquals(PAGE, CanonicalUrl.of("http://m.kyivwire.example/news/strike-on-lviv"));
        assertEquals(PAGE, CanonicalUrl.of("https://WWW.KyivWire.example:443/news/strike-on-lviv"));
    }

    @Test
    void ampFormsLeadBackToThePage() {
        assertEquals(PAGE, CanonicalUrl.of("https://kyivwire.example/news/strike-on-lviv/amp"));
        assertEquals(PAGE, CanonicalUrl.of("https://kyivwire.example/amp/news/strike-on-lviv"));
        assertEquals(PAGE, CanonicalUrl.of("https://kyivwire.example/news/strike-on-lviv?amp=1"));
        assertEquals(PAGE, CanonicalUrl.of("https://kyivwire-example.cdn.ampproject.org/c/s/kyivwire.example/news/strike-on-lviv"));
        assertEquals("https://kyivwire.example/news/strike.html", CanonicalUrl.of("https://kyivwire.example/news/strike.amp.html"));
    }

    @Test
    void keepsParametersThatChooseThePageInOneOrder() {
        assertEquals("https://wire.example/story?id=42&page=2", CanonicalUrl.of("https://wire.example/story?page=2&utm_campaign=x&id=42"));
        assertNotEquals(CanonicalUrl.of("https://wire.example/story?id=42"), CanonicalUrl.of("https://wire.example/story?id=43"));
    }

    @Test
    void leavesValuesThatAreNotWebAddressesAlone() {
        assertEquals("urn:uuid:1234", CanonicalUrl.of(" urn:uuid:1234 "));
    }
}
