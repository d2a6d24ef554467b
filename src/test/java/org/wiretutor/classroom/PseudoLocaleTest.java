package org.wiretutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.RequestLine;
import org.wiretutor.mirror.LogEntry;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;
import org.wiretutor.text.Messages;

/**
 * Wording can never change a verdict: the same requests sent to the real mirror, once in English and once in the
 * pseudo-locale (every message bracketed), get the same statuses, the same typed diagnoses and the same tally in the
 * live view, while every note the mirror logs and every problem the shell lists does come out bracketed, so the words
 * really are the catalogue's.
 */
class PseudoLocaleTest {

    private static final List<String> HEADS = List.of(
            "GET /romeo.txt HTTP/1.0\r\n\r\n",
            "hello there\r\n",
            "GET /romeo.txt HTTP/2.0\r\n",
            "GET  /romeo.txt HTTP/1.0\r\n",
            "GET /romeo.txt HTTP/1.0 \r\n",
            "GET /romeo.txt HTTP/1.0\n\n",
            "GET /romeo.txt HTTP/1.1\r\n\r\n",
            "get /romeo.txt HTTP/1.0\r\n\r\n",
            "GET /romeo.txt\r\n",
            "GET /nothing.txt HTTP/1.0\r\n\r\n",
            "GET /romeo.txt HTTP/1.0\r\nBad Header: x\r\n\r\n",
            "GET /romeo.txt HTTP/1.0\r\nX-Long: " + "a".repeat(9000) + "\r\n\r\n",
            "GET /romeo.txt HTTP/1.0\r\nHost: data.pr4e.org\r\n");

    private final Locale before = Locale.getDefault(Locale.Category.DISPLAY);
    private MirrorServer server;

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.DISPLAY, before);
        if (server != null) server.close();
    }

    /** Everything a verdict is made of, and the words shown with it. */
    private record Run(List<Integer> statuses, List<List<DiagnosisKind>> kinds, Tally tally, List<String> notes,
                       List<String> problems) {}

    private Run run(Locale locale) throws Exception {
        Locale.setDefault(Locale.Category.DISPLAY, locale);
        BlockingQueue<LogEntry> log = new LinkedBlockingQueue<>();
        List<String> lines = new ArrayList<>();
        LiveView view = new LiveView(Clock.systemUTC(), lines::add, LiveOptions.plain());
        server = MirrorServer.start(MirrorConfig.loopback().withRequestTimeout(Duration.ofMillis(500))
                .withLog(e -> {
                    view.record(e);
                    log.add(e);
                }));
        List<Integer> statuses = new ArrayList<>();
        List<List<DiagnosisKind>> kinds = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String head : HEADS) {
            exchange(server.port(), head);
            LogEntry e = log.poll(5, TimeUnit.SECONDS);
            assertNotNull(e, "no log entry for " + head.strip());
            statuses.add(e.status());
            kinds.add(e.diagnoses().stream().map(Diagnosis::kind).toList());
            notes.add(e.note());
        }
        server.close();
        server = null;
        List<String> problems = new ArrayList<>();
        for (String head : HEADS) {
            problems.addAll(RequestLine.parse(head.lines().findFirst().orElse("")).problems());
        }
        return new Run(statuses, kinds, view.tally(), notes, problems);
    }

    /** Sends a head, then reads until the mirror closes (a head without its blank line waits for the timeout). */
    private static void exchange(int port, String head) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            while (in.read(new byte[8192]) >= 0) {
                // read to the close
            }
        }
    }

    @Test
    void every_status_diagnosis_and_tally_is_the_same_in_the_pseudo_locale() throws Exception {
        Run english = run(Locale.ENGLISH);
        Run pseudo = run(Messages.PSEUDO);

        assertEquals(english.statuses(), pseudo.statuses());
        assertEquals(english.kinds(), pseudo.kinds());
        assertEquals(english.tally(), pseudo.tally());

        // the run judged something: errors of several kinds were counted
        assertEquals(HEADS.size(), english.tally().requests());
        assertTrue(english.tally().count(MistakeKind.BARE_LF) == 1 && english.tally().count(MistakeKind.NO_HOST) == 1
                && english.tally().count(MistakeKind.BAD_METHOD) == 2 && english.tally().count(MistakeKind.HTTP2) == 1,
                english.tally().toString());
        assertEquals(List.of(200, 400, 505, 400, 400, 400, 400, 501, 200, 404, 400, 400, 0), english.statuses());

        for (String note : pseudo.notes()) {
            assertTrue(note.isEmpty() || note.startsWith("⟦") && note.endsWith("⟧"), note);
        }
        for (String problem : pseudo.problems()) {
            assertTrue(problem.startsWith("⟦") && problem.endsWith("⟧"), problem);
        }
        assertFalse(pseudo.problems().isEmpty());
        assertEquals(english.problems().size(), pseudo.problems().size());
    }
}
