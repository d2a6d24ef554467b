package org.wiretutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one typo measure behind every "did you mean": a swap of neighbours is one slip, as a person counts it. */
class TyposTest {
    @Test
    void slipsAreCountedAsAPersonCountsThem() {
        assertEquals(0, Typos.distance("Host", "Host"));
        assertEquals(1, Typos.distance("Hots", "Host"), "two neighbours swapped");
        assertEquals(1, Typos.distance("opne", "open"));
        assertEquals(1, Typos.distance("htp://a", "http://a"), "a letter left out");
        assertEquals(3, Typos.distance("kitten", "sitting"));
        assertEquals(4, Typos.distance("", "wait"));
    }
}
