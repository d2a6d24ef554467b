package org.wiretutor.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.wiretutor.check.Caret;

/** The comparison behind the output checks, on hand-made text, so its edge cases are pinned without processes. */
class OutputMatchTest {

    private static final byte[] REPLY = ("HTTP/1.1 200 OK\r\nContent-Length: 1200\r\n\r\n" + "a".repeat(1200))
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void exactOutputMatchesWhateverTheLineEndings() {
        String printed = "Enter URL: " + new String(REPLY, StandardCharsets.US_ASCII).replace("\r", "");
        OutputMatch m = OutputMatch.of(printed, REPLY);
        assertTrue(m.complete());
        assertEquals(0, m.addedNewlines());
        assertEquals(REPLY.length, m.shownBytes());
    }

    @Test
    void newlinesAddedAfterEachReadAreFoundAtTheirBoundary() {
        String text = new String(REPLY, StandardCharsets.US_ASCII);
        String printed = text.substring(0, 512) + "\n" + text.substring(512, 1024) + "\n" + text.substring(1024) + "\n";
        OutputMatch m = OutputMatch.of(printed, REPLY);
        assertTrue(m.complete());
        assertEquals(2, m.addedNewlines());
        assertEquals(512, m.boundary());
        Caret caret = m.firstAdded().orElseThrow();
        assertEquals("\\n", caret.line().substring(caret.column(), caret.column() + 2));
    }

    @Test
    void aDifferenceIsPointedAt() {
        String text = new String(REPLY, StandardCharsets.US_ASCII);
        OutputMatch m = OutputMatch.of(text.substring(0, 100) + "b" + text.substring(101), REPLY);
        assertTrue(m.differs());
        assertFalse(m.complete());
        Caret caret = m.difference();
        assertEquals('b', caret.line().charAt(caret.column()));
    }
}
