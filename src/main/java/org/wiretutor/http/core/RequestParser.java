package org.wiretutor.http.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a request head as its bytes arrive, one byte at a time, and reports each line as it ends with the
 * {@link Diagnosis diagnoses} about it: the one reader of request heads behind the mirror, the live view, the grader
 * and the lessons. It reports what it saw and decides nothing: the mirror stops at the first diagnosis
 * {@link ApacheRules} refuses, the live view shows them all. Lines longer than {@link ApacheRules#REQUEST_LINE} or
 * {@link ApacheRules#HEADER_LINE} are reported as soon as they pass the limit, and their rest is skipped, so memory
 * stays bounded whatever arrives. Not thread-safe.
 */
public final class RequestParser {

    /** Where a line stands in the head. */
    public enum Role {
        /** An empty line before the request line, which servers skip. */
        EMPTY_BEFORE_REQUEST,
        REQUEST_LINE,
        HEADER,
        /** The empty line that ends the head. */
        BLANK_LINE,
        /** Not HTTP text at all: a TLS handshake record, reported at its first byte; nothing after it is read. */
        TLS_RECORD
    }

    /** How a line ended. */
    public enum Ending {
        CRLF,
        BARE_LF,
        /** Cut at the limit before its end arrived. */
        TOO_LONG,
        /** Not a line: what arrived was a TLS record. */
        NONE
    }

    /** The first byte of every TLS handshake record (content type 22): what an https client sends first. */
    public static final int TLS_HANDSHAKE_RECORD = 0x16;

    /** Whether a connection's first byte starts a TLS handshake rather than HTTP text. */
    public static boolean tlsHandshake(int firstByte) {
        return firstByte == TLS_HANDSHAKE_RECORD;
    }

    /**
     * One line of the head, as it ended.
     *
     * @param role       where it stands
     * @param number     its place in the head, counting from 1 (empty lines before the request line included)
     * @param start      the offset of its first byte in the head
     * @param content    its bytes without the line ending (up to the limit for a line too long)
     * @param ending     how it ended
     * @param diagnoses  what was found in it, placed in the head
     * @param name       a header line's name, else empty
     * @param value      a header line's value, trimmed, else empty
     */
    public record Line(Role role, int number, long start, byte[] content, Ending ending, List<Diagnosis> diagnoses,
                       String name, String value) {
        public Line {
            content = content.clone();
            diagnoses = List.copyOf(diagnoses);
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        /** The content one character per byte. */
        public String text() {
            return new String(content, StandardCharsets.ISO_8859_1);
        }

        public boolean has(DiagnosisKind kind) {
            return diagnoses.stream().anyMatch(d -> d.kind() == kind);
        }
    }

    /** The most of a too-long header's name a diagnosis keeps. */
    private static final int SHOWN_NAME = 200;

    private byte[] line = new byte[128];
    private int length;
    private boolean skipping;
    private long offset;
    private long lineStart;
    private int lineNumber;
    private int empties;
    private RequestLine requestLine;
    private boolean complete;
    private final List<String[]> fields = new ArrayList<>();
    private final List<Diagnosis> diagnoses = new ArrayList<>();

    /** Forgets the last head, ready for the next request on the same connection. */
    public void reset() {
        length = 0;
        skipping = false;
        offset = 0;
        lineStart = 0;
        lineNumber = 0;
        empties = 0;
        requestLine = null;
        complete = false;
        fields.clear();
        diagnoses.clear();
    }

    /** Whether any byte of this head has arrived. */
    public boolean started() {
        return offset > 0;
    }

    /** Bytes of this head consumed so far. */
    public long offset() {
        return offset;
    }

    /** Bytes of the line not yet ended. */
    public int pending() {
        return length;
    }

    /** The head has ended: its blank line came, or an HTTP/0.9 request line, which is a whole request. */
    public boolean complete() {
        return complete;
    }

    /** The request line, once it has ended; null before. */
    public RequestLine requestLine() {
        return requestLine;
    }

    /** The request line, or an empty one (no method, target or version) before it has ended: what rules are read against. */
    public RequestLine requestLineOrEmpty() {
        return requestLine == null ? RequestLine.parse("") : requestLine;
    }

    /** Every diagnosis so far, in the order found. */
    public List<Diagnosis> diagnoses() {
        return List.copyOf(diagnoses);
    }

    /** Every value of a header received so far, by name, case-insensitively, in order. */
    public List<String> values(String name) {
        return fields.stream().filter(f -> f[0].equalsIgnoreCase(name)).map(f -> f[1]).toList();
    }

    /** The headers received so far as {name, value} pairs, in order. */
    public List<String[]> fields() {
        return fields.stream().map(String[]::clone).toList();
    }

    /**
     * The diagnoses of a head received whole or in part, up to where Apache stops reading it (its first refusal, as
     * {@link ApacheRules} has it), with {@link DiagnosisKind#NO_BLANK_LINE} when it ends before its blank line: what a
     * server behind a relay, the lessons and the tests read from bytes that were kept.
     */
    public static List<Diagnosis> diagnose(byte[] head) {
        RequestParser parser = new RequestParser();
        for (byte b : head) {
            Line line = parser.offer(b);
            if (line != null && ApacheRules.firstRejection(line.diagnoses(),
                    parser.requestLineOrEmpty()).isPresent()) {
                return parser.diagnoses();
            }
            if (parser.complete()) {
                return parser.diagnoses();
            }
        }
        parser.stopped();
        return parser.diagnoses();
    }

    /**
     * Consumes one byte.
     *
     * @return the line it ended (or found too long), else null
     */
    public Line offer(byte b) {
        if (complete) {
            throw new IllegalStateException("head already complete; reset() first");
        }
        offset++;
        if (offset == 1 && tlsHandshake(b & 0xFF)) {
            // an https client: no line will come, so say so at the first byte and read no further
            skipping = true;
            lineNumber = 1;
            Diagnosis tls = new Diagnosis(DiagnosisKind.TLS_HANDSHAKE, 0, 1, 1, "");
            diagnoses.add(tls);
            return new Line(Role.TLS_RECORD, 1, 0, new byte[] {b}, Ending.NONE, List.of(tls), "", "");
        }
        if (b == '\n') {
            if (skipping) {
                skipping = false;
                length = 0;
                lineStart = offset;
                return null;
            }
            boolean crlf = length > 0 && line[length - 1] == '\r';
            if (crlf) {
                length--;
            }
            return ended(crlf ? Ending.CRLF : Ending.BARE_LF);
        }
        if (skipping) {
            return null;
        }
        int limit = requestLine == null ? ApacheRules.REQUEST_LINE : ApacheRules.HEADER_LINE;
        if (length > limit) {
            skipping = true;
            return ended(Ending.TOO_LONG);
        }
        if (length == line.length) {
            line = Arrays.copyOf(line, Math.min(2 * length, Math.max(ApacheRules.REQUEST_LINE,
                    ApacheRules.HEADER_LINE) + 2));
        }
        line[length++] = b;
        return null;
    }

    /**
     * The head stopped before it was complete: the sender closed, or the server gave up waiting.
     *
     * @return what that means: nothing arrived, or the head never got its blank line
     */
    public Diagnosis stopped() {
        Diagnosis d = started() ? new Diagnosis(DiagnosisKind.NO_BLANK_LINE, offset, lineNumber + 1, length + 1, "")
                : Diagnosis.of(DiagnosisKind.NOTHING_RECEIVED);
        diagnoses.add(d);
        return d;
    }

    private Line ended(Ending ending) {
        lineNumber++;
        byte[] content = Arrays.copyOf(line, length);
        String text = new String(line, 0, length, StandardCharsets.ISO_8859_1);
        List<Diagnosis> found = new ArrayList<>();
        Role role;
        String name = "";
        String value = "";
        if (requestLine == null && length == 0 && ending != Ending.TOO_LONG) {
            role = Role.EMPTY_BEFORE_REQUEST;
            if (ending == Ending.BARE_LF) {
                found.add(Diagnosis.at(DiagnosisKind.BARE_LF, 0, ""));
            } else if (++empties > ApacheRules.LEADING_EMPTY_LINES) {
                found.add(Diagnosis.at(DiagnosisKind.TOO_MANY_EMPTY_LINES, -1, ""));
            }
        } else if (requestLine == null) {
            role = Role.REQUEST_LINE;
            if (ending == Ending.TOO_LONG) {
                found.add(Diagnosis.at(DiagnosisKind.REQUEST_LINE_TOO_LONG, ApacheRules.REQUEST_LINE, ""));
                requestLine = RequestLine.parse(text);
            } else {
                requestLine = RequestLine.parse(ending == Ending.BARE_LF ? text + "\n" : text);
                found.addAll(requestLine.diagnoses());
                if (!requestLine.hasVersion() && ApacheRules.http09(requestLine)) {
                    complete = true;
                }
            }
        } else if (length == 0 && ending != Ending.TOO_LONG) {
            role = Role.BLANK_LINE;
            if (ending == Ending.BARE_LF) {
                found.add(Diagnosis.at(DiagnosisKind.BARE_LF, 0, ""));
            }
            headEnded(found);
            complete = true;
        } else {
            role = Role.HEADER;
            if (ending == Ending.TOO_LONG) {
                found.add(Diagnosis.at(DiagnosisKind.HEADER_TOO_LONG, ApacheRules.HEADER_LINE, nameSoFar(text)));
            } else {
                if (ending == Ending.BARE_LF) {
                    found.add(Diagnosis.at(DiagnosisKind.BARE_LF, length, ""));
                }
                if (fields.size() == ApacheRules.HEADER_COUNT) {
                    found.add(Diagnosis.at(DiagnosisKind.TOO_MANY_HEADERS, -1, ""));
                }
                Diagnosis problem = fieldProblem(text);
                if (problem != null) {
                    found.add(problem);
                } else {
                    int colon = text.indexOf(':');
                    name = text.substring(0, colon);
                    value = trimOws(text.substring(colon + 1));
                    fields.add(new String[] {name, value});
                }
                nearMiss(text, problem).ifPresent(found::add);
            }
        }
        List<Diagnosis> placed = new ArrayList<>(found.size());
        for (Diagnosis d : found) {
            placed.add(d.line() == 0 ? d : d.placed(lineNumber, lineStart));
        }
        diagnoses.addAll(placed);
        Line done = new Line(role, lineNumber, lineStart, content, ending, placed, name, value);
        length = 0;
        lineStart = offset;
        return done;
    }

    /** The checks a server makes once the head is whole. */
    private void headEnded(List<Diagnosis> found) {
        int hosts = values("Host").size();
        if (hosts > 1) {
            found.add(Diagnosis.of(DiagnosisKind.TWO_HOSTS));
        } else if (hosts == 0 && requestLine.version().equals("HTTP/1.1")) {
            found.add(Diagnosis.of(DiagnosisKind.MISSING_HOST));
        }
        List<String> lengths = values("Content-Length");
        for (String v : lengths) {
            if (!v.matches("\\d{1,18}") || !v.equals(lengths.get(0))) {
                found.add(Diagnosis.of(DiagnosisKind.BAD_CONTENT_LENGTH));
                break;
            }
        }
    }

    /** The first thing wrong with one header line, checked in Apache's order, or null. */
    private static Diagnosis fieldProblem(String field) {
        char first = field.charAt(0);
        if (first == ' ' || first == '\t') {
            return Diagnosis.at(DiagnosisKind.FOLDED_HEADER, 0, "");
        }
        int colon = field.indexOf(':');
        if (colon < 0) {
            return Diagnosis.at(DiagnosisKind.NO_COLON, field.length(), "");
        }
        String name = field.substring(0, colon);
        if (name.isEmpty()) {
            return Diagnosis.at(DiagnosisKind.EMPTY_HEADER_NAME, 0, "");
        }
        if (name.endsWith(" ") || name.endsWith("\t")) {
            return Diagnosis.at(DiagnosisKind.SPACE_BEFORE_COLON, colon - 1, name.strip());
        }
        if (!RequestLine.isToken(name)) {
            int bad = 0;
            while (RequestLine.isToken(name.substring(bad, bad + 1))) {
                bad++;
            }
            return Diagnosis.at(DiagnosisKind.MALFORMED_HEADER_NAME, bad, name);
        }
        for (int i = colon + 1; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\t' && (c < 0x20 || c == 0x7F)) {
                return Diagnosis.at(DiagnosisKind.CONTROL_CHARACTER, i, String.valueOf(c));
            }
        }
        return null;
    }

    /**
     * A note about a header name typed near a well-known one ({@code Hots: ...}, {@code User Agent: ...}), or a
     * well-known one with no colon after it ({@code Host data.pr4e.org}); empty for any other line, and for a line
     * whose first problem is another (folding, a space before the colon).
     */
    private static Optional<Diagnosis> nearMiss(String field, Diagnosis problem) {
        java.util.regex.Matcher again = REQUEST_LINE_FORM.matcher(field);
        if (again.matches()) return Optional.of(Diagnosis.at(DiagnosisKind.REQUEST_LINE_AS_HEADER, 0, again.group(1)));
        DiagnosisKind first = problem == null ? null : problem.kind();
        if (first == null || first == DiagnosisKind.MALFORMED_HEADER_NAME) {
            String name = field.substring(0, field.indexOf(':'));
            Optional<Diagnosis> typo = WellKnownHeader.nearest(name).filter(meant -> !meant.is(name))
                    .map(meant -> Diagnosis.at(DiagnosisKind.HEADER_NAME_NEAR_MISS, meant.firstDifference(name),
                            name + ":"));
            // "If-Modified-Since Sat, 13 May 2017 11:22:22 GMT": a known name, then a value with a colon of its own
            if (typo.isPresent() || first == null) return typo;
            return noColonAfter(field).filter(d -> d.subject().length() < name.length());
        }
        if (first == DiagnosisKind.NO_COLON) return noColonAfter(field);
        return Optional.empty();
    }

    /** A line that starts with a header's name, near or exact, and has no colon right after it. */
    private static Optional<Diagnosis> noColonAfter(String field) {
        int end = 0;
        while (end < field.length() && RequestLine.isToken(field.substring(end, end + 1))) {
            end++;
        }
        String word = field.substring(0, end);
        Optional<Diagnosis> one = WellKnownHeader.nearest(word).map(meant -> Diagnosis.at(
                DiagnosisKind.HEADER_NAME_NEAR_MISS, meant.is(word) ? word.length() : meant.firstDifference(word), word));
        if (one.isPresent()) return one;
        // "User Agent wiretutor": a two-word name written with a space for its hyphen, and no colon
        java.util.regex.Matcher two = TWO_WORDS.matcher(field);
        if (!two.lookingAt()) return Optional.empty();
        String name = two.group(1) + "-" + two.group(2);
        return WellKnownHeader.nearest(name).filter(meant -> meant.is(name))
                .map(meant -> Diagnosis.at(DiagnosisKind.HEADER_NAME_NEAR_MISS, two.end(1), two.group()));
    }

    /** A method, a target and an HTTP version: the form of a request line, wherever it comes. */
    private static final java.util.regex.Pattern REQUEST_LINE_FORM =
            java.util.regex.Pattern.compile("([A-Za-z]+) +\\S+ +(?i:HTTP)/\\d(?:\\.\\d)?");

    /** Two words at the start of a line, the first and second halves of a hyphenated name. */
    private static final java.util.regex.Pattern TWO_WORDS =
            java.util.regex.Pattern.compile("([A-Za-z]+) ([A-Za-z]+)");

    /** A too-long header line's name as far as it was read, or empty when no colon came in time. */
    private static String nameSoFar(String text) {
        int colon = text.indexOf(':');
        return colon <= 0 ? "" : colon > SHOWN_NAME ? text.substring(0, SHOWN_NAME) + "..." : text.substring(0, colon);
    }

    private static String trimOws(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(start, end);
    }

}
