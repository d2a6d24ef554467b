package org.wiretutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The wire notation of {@link Escape}: one token per byte, ASCII only, and the classic hex dump. */
class WireNotationTest {
    private static byte[] latin1(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void visibleEscapesEveryNonPrintableByte() {
        byte[] b = {'G', 'E', 'T', ' ', '/', '\r', '\n', '\t', '\\', 0, 0x1B, 0x7F, (byte) 0x89, (byte) 0xFF};
        assertEquals("GET /\\r\\n\\t\\\\\\x00\\x1B\\x7F\\x89\\xFF", Escape.wire(b));
        assertEquals("HTTP/1.1 200 OK\\r\\n", Escape.wire(latin1("HTTP/1.1 200 OK\r\n")));
    }

    @Test
    void visibleRangeAndBadArguments() {
        byte[] b = latin1("ab\r\ncd");
        assertEquals("\\r\\nc", Escape.wire(b, 2, 3));
        assertEquals("cd", Escape.wire(b, 4, 100));
        assertEquals("", Escape.wire(b, 10, 2));
        assertEquals("", Escape.wire(null));
        assertEquals("", Escape.wire(b, 1, -1));
    }

    @Test
    void hexDumpMatchesHexdumpC() {
        byte[] b = latin1("HTTP/1.1 200 OK\r\n");
        assertEquals("00000000  48 54 54 50 2f 31 2e 31  20 32 30 30 20 4f 4b 0d  |HTTP/1.1 200 OK.|\n"
                + "00000010  0a                                                |.|\n", Escape.hexDump(b, 0, b.length, 0, 16));
    }

    @Test
    void hexDumpOfPngSignatureWithOffset() {
        byte[] b = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0};
        assertEquals("00000100  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|\n",
                Escape.hexDump(b, 0, 16, 256, 16));
        assertEquals("00000000  50 4e 47                                          |PNG|\n", Escape.hexDump(b, 1, 3, 0, 16));
        assertEquals("", Escape.hexDump(b, 0, 0, 0, 16));
    }
}
