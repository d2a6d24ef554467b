package org.wiretutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The one escaping function: what it keeps, what it escapes, and that nothing unsafe ever leaves it. */
class EscapeTest {
    private static byte[] b(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Lesson 5's two spaces are never the place a wrapped sentence breaks: they are kept as no-break spaces. */
    @Test
    void runsOfSpacesAreKeptWholeAndSingleSpacesStayBreakable() {
        assertEquals("GET\u00A0\u00A0/romeo.txt HTTP/1.0\\r\\n",
                Escape.spacesKept(Escape.wire("GET  /romeo.txt HTTP/1.0\r\n".getBytes(StandardCharsets.ISO_8859_1))));
        assertEquals("GET /romeo.txt HTTP/1.0", Escape.spacesKept("GET /romeo.txt HTTP/1.0"));
        assertEquals("\\xA0", Escape.wire(new byte[] {(byte) 0xA0}), "a real 0xA0 byte is never taken for one");
    }

    @Test
    void wireNotationIsOneTokenPerByteAndAsciiOnly() {
        assertEquals("GET /\\r\\n\\t\\\\\\x00\\x1B\\x7F\\x9B\\xE2\\x80\\xAE", Escape.wire(b("GET /\r\n\t\\\0\u001b\u007f\u009b\u00e2\u0080\u00ae")));
    }

    @Test
    void bytesDecodeUtf8AndEscapeControlsC1BidiAndBadBytes() {
        byte[] text = "caf\u00e9 \u001b]0;x\u0007 \u009b \u202e \u2066 in\rEVIL".getBytes(StandardCharsets.UTF_8);
        assertEquals("café \\x1B]0;x\\x07 \\u009B \\u202E \\u2066 in\\rEVIL", Escape.bytes(text));
        assertEquals("\\xFF\\xFE\\xC0\\xAF ok \\x9B", Escape.bytes(b("\u00ff\u00fe\u00c0\u00af ok \u009b")));
        assertEquals("a\\\\b", Escape.bytes(b("a\\b")), "a backslash from outside is doubled, so \\x1B cannot be faked");
        assertEquals("\\xED\\xA0\\x80", Escape.bytes(b("\u00ed\u00a0\u0080")), "an encoded surrogate is not UTF-8");
        assertEquals("\\xC0\\x80", Escape.bytes(b("\u00c0\u0080")), "an overlong NUL is not UTF-8");
    }

    @Test
    void latin1StringsShowTheirBytes() {
        assertEquals("X-\\u009B", Escape.latin1("X-\u00c2\u009b"));
        assertEquals("\\x9B", Escape.latin1("\u009b"));
        assertEquals("→ \\x1B", Escape.latin1("→ \u001b"), "a string that is not byte-for-byte is treated as text");
    }

    @Test
    void stringEscapesOnlyWhatIsDangerousAndIsIdempotent() {
        String own = "→ GET / HTTP/1.0\\r\\n   sent 16 bytes ✓ §6.3\tcol\nnext";
        assertSame(own, Escape.string(own), "our own text passes untouched");
        String astral = "\ud83d\ude00 \udbff\udfff";
        assertSame(astral, Escape.string(astral), "a valid surrogate pair is one character, not a lone surrogate");
        String hostile = "a\u001b[2Jb\u0007c\u009bd\u202ee\rf\u0000g\u2028h\ud800i\ufeff";
        String once = Escape.string(hostile);
        assertEquals("a\\x1B[2Jb\\x07c\\u009Bd\\u202Ee\\rf\\x00g\\u2028h\\uD800i\\uFEFF", once);
        assertEquals(once, Escape.string(once));
    }

    @Test
    void hexRowsTakeTheirWidth() {
        assertEquals("00000000  48 49  |HI|\n", Escape.hexDump(b("HI"), 0, 2, 0, 2));
        assertEquals("00000000  48 54 54 50 2f 31 2e 31  20 32 30 30 20 4f 4b 0d  |HTTP/1.1 200 OK.|\n",
                Escape.hexDump(b("HTTP/1.1 200 OK\r"), 0, 16, 0, 16));
    }

    @Property(tries = 2000)
    void nothingUnsafeLeavesForAnyBytes(@ForAll byte[] bytes) {
        assertSafe(Escape.bytes(bytes));
        String wire = Escape.wire(bytes);
        for (char c : wire.toCharArray()) assertTrue(c >= 0x20 && c < 0x7F, wire);
        assertSafe(Escape.latin1(new String(bytes, StandardCharsets.ISO_8859_1)));
    }

    @Property(tries = 2000)
    void nothingUnsafeLeavesForAnyString(@ForAll String s) {
        String once = Escape.string(s);
        assertSafe(once);
        assertEquals(once, Escape.string(once));
        assertSafe(Foreign.text(s).shown());
        assertEquals(Foreign.text(s).shown(), String.valueOf(Foreign.text(s)), "toString renders the same way");
    }

    private static void assertSafe(String s) {
        assertEquals(-1, Escape.firstUnsafe(s), s);
        assertFalse(s.contains("\r") || s.contains("\u001b") || s.contains("\u0007"), s);
        s.codePoints().forEach(cp -> assertFalse(Escape.isUnsafe(cp), s));
    }
}
