package org.wiretutor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body declared as UTF-8 is marked for decoding and its bytes are told apart from its characters. */
class Utf8BodyTest {
    private static Annotation body(String contentType, byte[] body) {
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        r.writeBytes(Wire.bytes("HTTP/1.1 200 OK\r\n" + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n"));
        r.writeBytes(body);
        return Wire.one(Wire.run("GET", r.toByteArray()), Kind.BODY);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDeclaredUtf8BodyCountsBytesAndCharacters() {
        Annotation b = body("text/plain; charset=utf-8", utf8("héllo"));
        assertTrue(b.utf8());
        assertEquals(Display.TEXT, b.display());
        assertEquals("6 bytes, 5 characters: é is 2 bytes in UTF-8", b.detail("characters").orElseThrow());
        Wire.assertContains(b.detail("content").orElseThrow(), "text, charset utf-8 (declared in Content-Type), so it"
                + " is shown decoded");
        assertEquals("h\u00e9llo", new String(b.raw(), StandardCharsets.UTF_8), "raw stays the exact bytes");
    }

    @Test
    void theCharsetIsFoundInAnyCaseQuotedOrNot() {
        for (String ct : List.of("text/plain; charset=UTF-8", "text/html;charset=\"utf-8\"", "text/plain; Charset=Utf8",
                "application/json; charset=utf-8")) {
            assertTrue(body(ct, utf8("h\u00e9")).utf8(), ct);
        }
    }

    @Test
    void withoutADeclaredUtf8TheBytesAreShownExactly() {
        for (String ct : new String[] {null, "text/plain", "text/plain; charset=iso-8859-1", "text/plain; charset=utf-16"}) {
            Annotation b = body(ct, utf8("h\u00e9llo"));
            assertFalse(b.utf8(), String.valueOf(ct));
            assertTrue(b.detail("characters").isEmpty(), String.valueOf(ct));
        }
    }

    @Test
    void severalMultiByteCharactersAreNamedByLength() {
        Annotation b = body("text/plain; charset=utf-8", utf8("h\u00e9 w\u00f6rld \u20ac5 \u00e9"));
        assertEquals("18 bytes, 13 characters: é and ö are 2 bytes each, € is 3 bytes in UTF-8",
                b.detail("characters").orElseThrow());
        Annotation many = body("text/plain; charset=utf-8", utf8("\u00e0\u00e1\u00e2\u00e3\u00e4"));
        assertEquals("10 bytes, 5 characters: à, á, â and 2 others are 2 bytes each in UTF-8",
                many.detail("characters").orElseThrow());
    }

    @Test
    void bytesThatDoNotDecodeAreCountedApart() {
        Annotation b = body("text/plain; charset=utf-8", new byte[] {'h', (byte) 0xC3, 'l', 'l', 'o', (byte) 0xFF});
        assertTrue(b.utf8());
        assertEquals("6 bytes, 4 characters, and 2 bytes that do not decode as UTF-8 (shown as \\xNN)",
                b.detail("characters").orElseThrow());
    }

    @Test
    void plainAsciiSaysOneByteEach() {
        assertEquals("5 bytes, 5 characters: all ASCII, one byte each",
                body("text/plain; charset=utf-8", utf8("hello")).detail("characters").orElseThrow());
    }

    @Test
    void binaryDeclaredAsUtf8IsStillHex() {
        Annotation b = body("text/plain; charset=utf-8", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        assertEquals(Display.HEX, b.display());
        assertFalse(b.utf8());
    }

    @Test
    void chunkDataOfAUtf8BodyIsMarkedToo() {
        byte[] data = utf8("h\u00e9");
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        r.writeBytes(Wire.bytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n3\r\n"));
        r.writeBytes(data);
        r.writeBytes(Wire.bytes("\r\n0\r\n\r\n"));
        List<Annotation> out = Wire.run("GET", r.toByteArray());
        assertTrue(Wire.one(out, Kind.CHUNK_DATA).utf8());
        Annotation body = Wire.one(out, Kind.BODY);
        assertTrue(body.utf8());
        assertEquals("3 bytes, 2 characters: é is 2 bytes in UTF-8", body.detail("characters").orElseThrow());
    }
}
