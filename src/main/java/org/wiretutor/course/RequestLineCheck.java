package org.wiretutor.course;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.wiretutor.check.Verdict;
import org.wiretutor.http.core.Diagnosis;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.RequestLine;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.WireEvent;

/**
 * Passes when a request line crosses the wire as {@code METHOD SP TARGET SP VERSION CR LF} for one of the accepted
 * targets, alone in what was sent: the protocol core, reading exactly those bytes, finds the wanted parts and nothing
 * the wanted line itself would not have (a step may ask for {@code HTTP/2.0} on purpose). Two spaces, a bare LF, a
 * lowercase method or a missing version are different requests, and the verdict says which difference it saw.
 * A step about the spaces themselves asks for more than one after the method ({@code spaces=2}).
 */
public record RequestLineCheck(String method, List<String> targets, String version, int spacesAfterMethod)
        implements StepCheck {
    public RequestLineCheck {
        targets = List.copyOf(targets);
        if (spacesAfterMethod < 1) throw new IllegalArgumentException("spacesAfterMethod < 1");
    }

    public RequestLineCheck(String method, List<String> targets, String version) {
        this(method, targets, version, 1);
    }

    @Override
    public Verdict judge(Observation observation) {
        WireEvent event = observation.wire().orElse(null);
        if (!(event instanceof WireEvent.Sent s) || s.requestLine().isEmpty()) return Verdict.UNRELATED;
        // the bytes with their line ending: a bare LF, or a second line sent with them, is a diagnosis too
        RequestLine sent = RequestLine.parse(new String(s.bytes(), StandardCharsets.ISO_8859_1));
        if (wanted(sent) && extra(sent).isEmpty() && spaced(sent)) return Verdict.PASSED;
        // a line once sent is the server's: the way to try again is a new connection, which the learner must hear
        return Verdict.missed(Messages.get("course.lineSent", explainMiss(s.requestLine().get(), sent, s.bytes())));
    }

    private boolean wanted(RequestLine line) {
        return line.method().equals(method) && targets.contains(line.target()) && line.version().equals(version);
    }

    /** The spaces after the method are as many as wanted: a step about two spaces is not passed by one. */
    private boolean spaced(RequestLine line) {
        return spacesAfterMethod == 1 || line.has(DiagnosisKind.EXTRA_SPACE);
    }

    /** What the core found in {@code line} that the wanted line, typed exactly, would not have. */
    private List<Diagnosis> extra(RequestLine line) {
        Set<DiagnosisKind> expected = RequestLine.parse(method + " ".repeat(spacesAfterMethod) + line.target() + " "
                        + version).diagnoses()
                .stream().map(Diagnosis::kind).collect(Collectors.toSet());
        return line.diagnoses().stream().filter(d -> !expected.contains(d.kind())).toList();
    }

    /**
     * @param got  the request line as the wire read it, which a line sent in pieces completes
     * @param sent the bytes of this send, read as one line with its ending
     */
    private String explainMiss(RequestLine got, RequestLine sent, byte[] raw) {
        String shown = Escape.spacesKept(Escape.wire(raw));
        if (!got.method().equals(method)) {
            return got.has(DiagnosisKind.LOWERCASE_METHOD) && got.method().toUpperCase(Locale.ROOT).equals(method)
                    ? Messages.get("course.method.case", shown, Escape.latin1(got.method()), method)
                    : Messages.get("course.wrong.method", shown, Escape.latin1(got.method()), method);
        }
        if (got.has(DiagnosisKind.NO_VERSION)) return Messages.get("course.no.version", shown, version);
        if (!targets.contains(got.target())) {
            return Messages.get("course.wrong.target", shown, Escape.latin1(got.target()), targets.get(0));
        }
        if (!got.version().equals(version)) {
            String said = Messages.get("course.wrong.version", shown, Escape.latin1(got.version()), version);
            // HTTP/1.O: the letter for the digit, which no font makes obvious
            boolean letterO = got.version().replace('O', '0').replace('o', '0').equals(version);
            return letterO ? said + " " + Messages.get("course.version.letterO") : said;
        }
        if (!spaced(got)) return Messages.get("course.want.spaces", shown, method, spacesAfterMethod);
        // the same line read from this send's bytes, or else as the wire completed it
        Optional<Diagnosis> first = (wanted(sent) ? extra(sent) : extra(got)).stream().findFirst();
        return Messages.get("course.not.exact", shown, first.map(Diagnosis::words).orElse(Messages.get("course.spacing")));
    }

    @Override
    public String expectation() {
        return Messages.get("course.expect.request.line", method + " ".repeat(spacesAfterMethod - 1), targets.get(0),
                version);
    }

    @Override
    public boolean onTheWire() {
        return true;
    }
}
