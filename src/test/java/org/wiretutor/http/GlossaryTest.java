package org.wiretutor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wiretutor.http.Wire.assertContains;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plain-text explanations: status codes, header fields, media types. */
class GlossaryTest {

    @Test
    void everyRequiredHeaderHasItsOwnExplanation() {
        for (String name : List.of("Date", "Server", "Last-Modified", "ETag", "Accept-Ranges", "Content-Length",
                "Content-Type", "Cache-Control", "Pragma", "Expires", "Connection", "Keep-Alive", "Transfer-Encoding",
                "Location", "Set-Cookie", "Vary", "Content-Encoding", "Allow", "Content-Range")) {
            assertTrue(HeaderGlossary.isKnown(name), name);
            assertTrue(HeaderGlossary.isKnown(name.toUpperCase()), name);
        }
        assertFalse(HeaderGlossary.isKnown("Frobnicate"));
        assertContains(HeaderGlossary.explain("Frobnicate", "1"), "ignores it");
    }

    @Test
    void etagMeaningAloneComputesNothing() {
        // what the tag is made of depends on the server that sent it: EtagTest reads it with the whole head
        String means = HeaderGlossary.explain("ETag", "\"a7-54f6609245537\"");
        assertContains(means, "changes whenever the content changes");
        assertFalse(means.contains("hex ="), means);
        assertFalse(means.contains("Apache"), means);
    }

    @Test
    void statusCodesHaveClassesAndMeanings() {
        assertContains(StatusCodes.explain(200), "200 — OK");
        assertContains(StatusCodes.explain(301), "3xx redirection");
        assertContains(StatusCodes.explain(505), "5xx server error");
        assertContains(StatusCodes.explain(150), "1xx informational");
        assertContains(StatusCodes.explain(499), "treats it like 400");
        assertContains(StatusCodes.explain(999), "100 to 599");
        assertEquals("Not Found", StatusCodes.reason(404));
        assertEquals("", StatusCodes.reason(499));
    }

    @Test
    void sniffsMagicBytes() {
        assertEquals(Optional.of("PNG image"), MediaTypes.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
        assertEquals(Optional.of("JPEG image"), MediaTypes.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of("GIF image"), MediaTypes.sniff(Wire.bytes("GIF89a....")));
        assertEquals(Optional.of("PDF document"), MediaTypes.sniff(Wire.bytes("%PDF-1.7")));
        assertEquals(Optional.of("ZIP archive"), MediaTypes.sniff(new byte[] {'P', 'K', 3, 4, 20}));
        assertEquals(Optional.of("gzip-compressed data"), MediaTypes.sniff(new byte[] {0x1F, (byte) 0x8B, 8}));
        assertEquals(Optional.of("WebP image"), MediaTypes.sniff(Wire.bytes("RIFF\u0010\u0000\u0000\u0000WEBPVP8 ")));
        assertEquals(Optional.empty(), MediaTypes.sniff(Wire.bytes("RIFF\u0010\u0000\u0000\u0000WAVE")));
        assertEquals(Optional.empty(), MediaTypes.sniff(Wire.bytes(Wire.ROMEO)));
        assertEquals(Optional.empty(), MediaTypes.sniff(new byte[] {(byte) 0x89, 'P'}));
        assertEquals(Optional.empty(), MediaTypes.sniff(null));
    }

    @Test
    void textVersusBinary() {
        assertFalse(MediaTypes.looksBinary(Wire.bytes(Wire.ROMEO), 167));
        assertFalse(MediaTypes.looksBinary(Wire.bytes("caf\u00e9 na\u00efve"), 10));
        assertTrue(MediaTypes.looksBinary(new byte[] {'a', 0, 'b'}, 3));
        assertTrue(MediaTypes.isTextual("application/json"));
        assertFalse(MediaTypes.isTextual("image/png"));
    }

    @Test
    void gzipBodyIsShownAsHex() {
        byte[] gz = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 'x', 'y'};
        java.io.ByteArrayOutputStream r = new java.io.ByteArrayOutputStream();
        r.writeBytes(Wire.bytes("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 12\r\n\r\n"));
        r.writeBytes(gz);
        Annotation body = Wire.one(Wire.run("GET", r.toByteArray()), Kind.BODY);
        assertEquals(Display.HEX, body.display());
        assertContains(body.detail("content").orElseThrow(), "gzip");
    }
}
