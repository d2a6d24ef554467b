package org.wiretutor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EscapesTest {

    @Test
    void visibleEscapesEveryNonPrintableByte() {
        byte[] b = {'G', 'E', 'T', ' ', '/', '\r', '\n', '\t', '\\', 0, 0x1B, 0x7F, (byte) 0x89, (byte) 0xFF};
        assertEquals("GET /\\r\\n\\t\\\\\\x00\\x1B\\x7F\\x89\\xFF", Escapes.visible(b));
        assertEquals("HTTP/1.1 200 OK\\r\\n", Escapes.visible(Wire.bytes("HTTP/1.1 200 OK\r\n")));
    }

    @Test
    void visibleRangeAndBadArguments() {
        byte[] b = Wire.bytes("ab\r\ncd");
        assertEquals("\\r\\nc", Escapes.visible(b, 2, 3));
        assertEquals("cd", Escapes.visible(b, 4, 100));
        assertEquals("", Escapes.visible(b, 10, 2));
        assertEquals("", Escapes.visible(null));
        assertEquals("", Escapes.visible(b, 1, -1));
    }

    @Test
    void hexDumpMatchesHexdumpC() {
        byte[] b = Wire.bytes("HTTP/1.1 200 OK\r\n");
        assertEquals("00000000  48 54 54 50 2f 31 2e 31  20 32 30 30 20 4f 4b 0d  |HTTP/1.1 200 OK.|\n"
                + "00000010  0a                                                |.|\n", Escapes.hexDump(b, 0, b.length, 0));
    }

    @Test
    void hexDumpOfPngSignatureWithOffset() {
        byte[] b = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0};
        assertEquals("00000100  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|\n",
                Escapes.hexDump(b, 0, 16, 256));
        assertEquals("00000000  50 4e 47                                          |PNG|\n", Escapes.hexDump(b, 1, 3, 0));
        assertEquals("", Escapes.hexDump(b, 0, 0, 0));
    }
}
