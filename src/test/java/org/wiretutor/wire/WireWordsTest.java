package org.wiretutor.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.wiretutor.http.BodyFraming;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.RequestParser;
import org.wiretutor.mirror.Trickle;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.CloseExplainer.Facts;
import org.wiretutor.wire.CloseExplainer.Reply;
import org.wiretutor.wire.CloseExplainer.Request;
import org.wiretutor.wire.WireEvent.CloseReason;

/**
 * Every sentence the wire room says is the catalogue's: in the pseudo-locale each explanation of a close, each reason
 * for the mirror and each complaint about a class server is made of bracketed messages only, and, brackets removed,
 * reads exactly as in English.
 */
class WireWordsTest {

    /** What is left of {@code text} outside every bracketed message (nested ones included). */
    private static String outsideBrackets(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '⟦') depth++;
            else if (c == '⟧') depth--;
            else if (depth == 0) out.append(c);
        }
        return out.toString();
    }

    private static List<Supplier<String>> sayings() {
        List<Supplier<String>> all = new ArrayList<>();
        byte[] line = "GET / HTTP/1.0\r\n".getBytes(StandardCharsets.ISO_8859_1);
        // a Host typed wrong, with and without its colon
        List<Diagnosis> typos = new ArrayList<>();
        for (String head : new String[] {"GET / HTTP/1.1\r\nHots: a\r\n\r\n", "GET / HTTP/1.1\r\nHost a\r\n"}) {
            RequestParser.diagnose(head.getBytes(StandardCharsets.ISO_8859_1)).stream()
                    .filter(d -> d.kind() == DiagnosisKind.HEADER_NAME_NEAR_MISS).forEach(typos::add);
        }
        assertEquals(2, typos.size());
        for (CloseReason reason : CloseReason.values()) {
            for (Request request : Request.values()) {
                for (Reply reply : Reply.values()) {
                    for (int status : new int[] {-1, 200, 400, 408, 505}) {
                        for (BodyFraming.Type framing : List.of(BodyFraming.Type.NONE, BodyFraming.Type.UNTIL_CLOSE)) {
                            for (int flags = 0; flags < 64; flags += 9) {
                                int f = flags;
                                all.add(() -> CloseExplainer.explain(new Facts(reason, f % 2 == 0 ? null : "boom",
                                        Duration.ofMillis(300L * f), Duration.ofSeconds(f), Duration.ofSeconds(2),
                                        Duration.ofMillis(1500), request, f % 3, line, (f & 1) != 0, reply, f % 4,
                                        status, framing, (f & 2) != 0, (f & 4) != 0, (f & 8) != 0, (f & 16) != 0,
                                        (f & 32) != 0, (f & 1) == 0, f % 3 == 0 ? List.of() : typos.subList(0, f % 3))));
                            }
                        }
                    }
                }
            }
        }
        all.add(WireText::offlineReason);
        all.add(WireText::lessonReason);
        all.add(() -> WireText.trickleReason(Trickle.parse("1:5")));
        all.add(() -> WireText.trickleReason(Trickle.parse("1500:20")));
        all.add(() -> WireText.keepAliveReason(Duration.ofSeconds(60)));
        all.add(() -> WireText.bothReasons(WireText.trickleReason(Trickle.parse("16:5")),
                WireText.keepAliveReason(Duration.ofSeconds(1))));
        for (String bad : new String[] {"", "http://x", "a b", "fe80::1", "host:0", "host:99999"}) {
            all.add(() -> {
                try {
                    ClassServer.choose(bad, null);
                    return "accepted " + bad;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            });
        }
        return all;
    }

    @Test
    void every_sentence_comes_from_the_catalogue_and_reads_the_same_without_the_pseudo_brackets() {
        Locale before = Locale.getDefault(Locale.Category.DISPLAY);
        List<String> english = new ArrayList<>();
        List<String> pseudo = new ArrayList<>();
        try {
            Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH);
            sayings().forEach(s -> english.add(s.get()));
            Locale.setDefault(Locale.Category.DISPLAY, Messages.PSEUDO);
            sayings().forEach(s -> pseudo.add(s.get()));
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, before);
        }
        for (int i = 0; i < english.size(); i++) {
            String p = pseudo.get(i);
            assertTrue(outsideBrackets(p).isBlank(), "words outside the catalogue: " + p);
            assertEquals(english.get(i), p.replace("⟦", "").replace("⟧", ""));
        }
        assertTrue(english.contains("you asked for --trickle 1:5: it sends each reply in writes of 1 byte, 5 ms apart"),
                english.toString());
        assertTrue(english.contains("you asked for --trickle 1500:20: it sends each reply in writes of 1500 bytes, "
                + "20 ms apart"), english.toString());
        assertTrue(english.contains("you asked for --keep-alive 60: after each reply it waits 60 s for your next request "
                + "on the same connection, where data.pr4e.org's Apache waits 5 s; a reply to Connection: keep-alive "
                + "says so, Keep-Alive: timeout=60"), english.toString());
    }
}
