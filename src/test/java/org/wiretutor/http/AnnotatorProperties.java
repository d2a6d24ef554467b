package org.wiretutor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever a server sends, in whatever pieces, the annotator ends, never throws, counts every
 * byte and keeps only a bounded amount of it.
 */
class AnnotatorProperties {
    private static final byte[] ROMEO = ("HTTP/1.1 200 OK\r\nDate: Sat, 13 May 2017 11:22:22 GMT\r\n"
            + "Content-Length: 167\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n"
            + "But soft what light through yonder window breaks\nIt is the east and Juliet is the sun\n"
            + "Arise fair sun and kill the envious moon\nWho is already sick and pale with grief\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Property(tries = 300)
    void arbitraryBytesInArbitraryPiecesNeverBreakIt(@ForAll @Size(max = 20_000) byte[] reply,
                                                     @ForAll @IntRange(min = 1, max = 4096) int piece,
                                                     @ForAll("methods") String method) {
        check(reply, piece, method);
    }

    @Property(tries = 500)
    void mutatedRepliesNeverBreakIt(@ForAll("mutatedRomeo") byte[] reply, @ForAll @IntRange(min = 1, max = 64) int piece) {
        check(reply, piece, "GET");
    }

    private static void check(byte[] reply, int piece, String method) {
        ResponseAnnotator a = new ResponseAnnotator(method);
        List<Annotation> parts = new ArrayList<>();
        for (int off = 0; off < reply.length; off += piece) {
            parts.addAll(a.feed(reply, off, Math.min(piece, reply.length - off)));
        }
        parts.addAll(a.endOfStream());
        assertEquals(reply.length, a.totalBytesReceived(), "every byte counted");
        long kept = parts.stream().mapToLong(p -> p.raw().length).sum();
        assertTrue(kept <= reply.length + 64L * 1024, "kept " + kept + " of " + reply.length);
        for (Annotation p : parts) {
            assertTrue(p.raw().length <= 64 * 1024 + 2, "a part keeps at most a bounded preview");
            assertFalse(p.title().contains("Internal error"), p.toString());
        }
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "HEAD", "POST", null);
    }

    @Provide
    Arbitrary<byte[]> mutatedRomeo() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, ROMEO.length - 1);
        Arbitrary<Byte> value = Arbitraries.of((byte) '\r', (byte) '\n', (byte) ' ', (byte) ':', (byte) 0, (byte) 0xff,
                (byte) '0', (byte) 'x');
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 2);
        Arbitrary<int[]> edit = Combinators.combine(position, value, kind).as((p, v, k) -> new int[] {p, v, k});
        return edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> {
            List<Byte> bytes = new ArrayList<>();
            for (byte b : ROMEO) bytes.add(b);
            for (int[] e : edits) {
                int at = Math.min(e[0], bytes.size() - 1);
                if (bytes.isEmpty()) break;
                switch (e[2]) {
                    case 0 -> bytes.set(at, (byte) e[1]);
                    case 1 -> bytes.add(at, (byte) e[1]);
                    default -> bytes.remove(at);
                }
            }
            byte[] out = new byte[bytes.size()];
            for (int i = 0; i < out.length; i++) out[i] = bytes.get(i);
            return out;
        });
    }
}
