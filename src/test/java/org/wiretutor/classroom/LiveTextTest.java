package org.wiretutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wiretutor.mirror.Status;

/** A status on the projector is worded as the mirror's reply worded it, else by the RFC, else left as its number. */
class LiveTextTest {
    @Test
    void aStatusIsWordedAsTheMirrorSentItThenByTheRfcThenNotAtAll() {
        assertEquals(Optional.of("Request-URI Too Long"), Status.reason(414));
        assertEquals("answered 414 Request-URI Too Long", LiveText.answered(414), "Apache's words, not the RFC's");
        assertEquals(Optional.empty(), Status.reason(401), "the mirror never sends 401");
        assertEquals("answered 401 Unauthorized", LiveText.answered(401));
        assertEquals(Optional.empty(), Status.reason(299));
        assertEquals("answered 299", LiveText.answered(299), "no phrase is known, and none is made up");
    }
}
