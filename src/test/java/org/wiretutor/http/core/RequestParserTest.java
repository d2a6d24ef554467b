package org.wiretutor.http.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reader of request heads: what it reports for each line, where, and where Apache would stop. */
class RequestParserTest {

    private static List<RequestParser.Line> lines(String head) {
        RequestParser p = new RequestParser();
        List<RequestParser.Line> out = new ArrayList<>();
        for (byte b : head.getBytes(StandardCharsets.ISO_8859_1)) {
            if (p.complete()) break;
            RequestParser.Line line = p.offer(b);
            if (line != null) out.add(line);
        }
        return out;
    }

    private static List<DiagnosisKind> kinds(String head) {
        return RequestParser.diagnose(head.getBytes(StandardCharsets.ISO_8859_1)).stream().map(Diagnosis::kind)
                .toList();
    }

    @Test
    void a_good_head_is_lines_with_roles_and_no_diagnosis() {
        List<RequestParser.Line> lines = lines("\r\nGET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\n\r\n");
        assertEquals(List.of(RequestParser.Role.EMPTY_BEFORE_REQUEST, RequestParser.Role.REQUEST_LINE,
                RequestParser.Role.HEADER, RequestParser.Role.BLANK_LINE), lines.stream().map(RequestParser.Line::role)
                .toList());
        assertEquals("Host", lines.get(2).name());
        assertEquals("data.pr4e.org", lines.get(2).value());
        assertEquals(27, lines.get(2).start());
        assertEquals(List.of(), kinds("GET /romeo.txt HTTP/1.1\r\nHost: data.pr4e.org\r\n\r\n"));
    }

    @Test
    void a_bare_lf_is_placed_at_its_byte_in_the_head() {
        String head = "GET /romeo.txt HTTP/1.0\r\nUser-Agent: me\n\r\n";
        Diagnosis d = RequestParser.diagnose(head.getBytes(StandardCharsets.ISO_8859_1)).get(0);
        assertEquals(DiagnosisKind.BARE_LF, d.kind());
        assertEquals(head.indexOf('\n', 26), d.offset());
        assertEquals(2, d.line());
    }

    @Test
    void the_checks_of_a_whole_head_come_with_its_blank_line() {
        assertEquals(List.of(DiagnosisKind.MISSING_HOST), kinds("GET / HTTP/1.1\r\n\r\n"));
        assertEquals(List.of(DiagnosisKind.TWO_HOSTS), kinds("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"));
        assertEquals(List.of(DiagnosisKind.NO_BLANK_LINE), kinds("GET / HTTP/1.0\r\nHost: a\r\n"));
    }

    @Test
    void diagnose_stops_where_apache_stops() {
        // the two spaces make Apache answer at the end of the request line: the bare LF after it is never read
        assertEquals(List.of(DiagnosisKind.EXTRA_SPACE), kinds("GET  / HTTP/1.0\r\nX: y\n\r\n"));
        assertEquals(List.of(DiagnosisKind.NO_VERSION), kinds("GET /romeo.txt\r\n"));
        assertEquals(List.of(DiagnosisKind.UNKNOWN_METHOD, DiagnosisKind.BAD_TARGET, DiagnosisKind.NO_VERSION),
                kinds("hello there\r\n"));
    }

    @Test
    void a_header_line_over_the_limit_is_reported_at_the_byte_past_it_and_the_rest_skipped() {
        RequestParser p = new RequestParser();
        for (byte b : "GET / HTTP/1.0\r\nX-Long: ".getBytes(StandardCharsets.ISO_8859_1)) p.offer(b);
        RequestParser.Line line = null;
        int fed = "X-Long: ".length();
        while (line == null) {
            line = p.offer((byte) 'a');
            fed++;
        }
        assertEquals(ApacheRules.HEADER_LINE + 2, fed);
        assertEquals(RequestParser.Ending.TOO_LONG, line.ending());
        assertTrue(line.has(DiagnosisKind.HEADER_TOO_LONG));
        assertEquals("X-Long", line.diagnoses().get(0).subject());
        for (int i = 0; i < 100_000; i++) assertNull(p.offer((byte) 'a'));
        assertEquals(400, ApacheRules.statusAtOnce(line.diagnoses().get(0), p.requestLine()).orElseThrow());
    }

    @Test
    void a_tls_handshake_is_known_by_its_first_byte() {
        byte[] hello = {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, (byte) 0xfc, 0x03, 0x03, '\n'};
        RequestParser p = new RequestParser();
        RequestParser.Line first = p.offer(hello[0]);
        assertEquals(RequestParser.Role.TLS_RECORD, first.role());
        assertEquals(List.of(DiagnosisKind.TLS_HANDSHAKE), RequestParser.diagnose(hello).stream()
                .map(Diagnosis::kind).toList());
        assertEquals(400, ApacheRules.statusAtOnce(first.diagnoses().get(0), RequestLine.parse("")).orElseThrow());
        assertTrue(RequestParser.tlsHandshake(0x16));
        // a 0x16 later in a head is just a control character
        assertEquals(DiagnosisKind.CONTROL_CHARACTER, RequestParser.diagnose("G\u0016T / HTTP/1.0\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1)).get(0).kind());
    }

    @Test
    void too_many_empty_lines_before_the_request_line() {
        assertEquals(List.of(DiagnosisKind.TOO_MANY_EMPTY_LINES), kinds("\r\n".repeat(11) + "GET / HTTP/1.0\r\n\r\n"));
        assertEquals(List.of(), kinds("\r\n".repeat(10) + "GET / HTTP/1.0\r\n\r\n"));
    }

    /** The diagnoses of a whole head, and Apache's decision on it, as the mirror reads it. */
    private static ApacheRules.Rejection rejection(String head) {
        List<Diagnosis> all = RequestParser.diagnose(head.getBytes(StandardCharsets.ISO_8859_1));
        return ApacheRules.firstRejection(all, RequestLine.parse("GET / HTTP/1.1")).orElseThrow();
    }

    /** The head's near miss, which must be {@code typed} taken for {@code meant}. */
    private static Diagnosis nearMiss(String head, String typed, WellKnownHeader meant) {
        Diagnosis d = nearMiss(head);
        assertEquals(typed, d.subject());
        assertEquals(meant, d.meantHeader().orElseThrow());
        return d;
    }

    private static Diagnosis nearMiss(String head) {
        return RequestParser.diagnose(head.getBytes(StandardCharsets.ISO_8859_1)).stream()
                .filter(d -> d.kind() == DiagnosisKind.HEADER_NAME_NEAR_MISS).findFirst().orElseThrow(
                        () -> new AssertionError("no near miss in " + head));
    }

    @Test
    void a_misspelled_host_is_noted_on_its_line_with_the_name_meant_and_apache_still_misses_the_host() {
        String head = "GET /romeo.txt HTTP/1.1\r\nHots: data.pr4e.org\r\n\r\n";
        assertEquals(List.of(DiagnosisKind.HEADER_NAME_NEAR_MISS, DiagnosisKind.MISSING_HOST), kinds(head));
        Diagnosis d = nearMiss(head);
        assertEquals("Hots:", d.subject());
        assertEquals(java.util.Optional.of(WellKnownHeader.HOST), d.meantHeader());
        assertEquals(2, d.line());
        // H o t s: the third byte is where it leaves "Host"
        assertEquals(3, d.column());
        assertEquals(head.indexOf("Hots") + 2, d.offset());
        assertTrue(d.words().contains("\"Hots:\"") && d.words().contains("\"Host:\""), d.words());
        // a note: what Apache answers is decided by the missing Host, as before
        ApacheRules.Rejection r = rejection(head);
        assertEquals(400, r.status());
        assertEquals(DiagnosisKind.MISSING_HOST, r.cause().kind());
        RequestParser.Line line = lines(head).get(1);
        assertEquals("Hots", line.name());
        assertEquals("data.pr4e.org", line.value());
    }

    @Test
    void a_date_header_without_its_colon_is_noted_though_the_time_has_colons_of_its_own() {
        String head = "GET /romeo.txt HTTP/1.0\r\nIf-Modified-Since Sat, 13 May 2017 11:22:22 GMT\r\n\r\n";
        assertEquals(List.of(DiagnosisKind.MALFORMED_HEADER_NAME, DiagnosisKind.HEADER_NAME_NEAR_MISS), kinds(head));
        Diagnosis d = nearMiss(head, "If-Modified-Since", WellKnownHeader.IF_MODIFIED_SINCE);
        assertEquals("If-Modified-Since".length() + 1, d.column());
        // a name that is wrong in another way is not said to lack its colon
        assertEquals(List.of(DiagnosisKind.MALFORMED_HEADER_NAME), kinds("GET / HTTP/1.0\r\nX Frob: 1\r\n\r\n"));
    }

    /** A request line typed again after a mistaken one is a header line there: noted, beside what Apache refuses. */
    @Test
    void a_second_request_line_where_a_header_belongs_is_noted() {
        String head = "get /romeo.txt HTTP/1.0\r\nGET /romeo.txt HTTP/1.0\r\n\r\n";
        assertEquals(List.of(DiagnosisKind.LOWERCASE_METHOD, DiagnosisKind.NO_COLON,
                DiagnosisKind.REQUEST_LINE_AS_HEADER), kinds(head));
        assertEquals(DiagnosisKind.NO_COLON, rejection(head).cause().kind());
        List<DiagnosisKind> url = kinds("GET / HTTP/1.0\r\nGET http://data.pr4e.org/romeo.txt HTTP/1.0\r\n\r\n");
        assertTrue(url.contains(DiagnosisKind.REQUEST_LINE_AS_HEADER), url.toString());
        assertFalse(kinds("GET / HTTP/1.0\r\nUser-Agent: GET / HTTP/1.0\r\n\r\n")
                .contains(DiagnosisKind.REQUEST_LINE_AS_HEADER));
    }

    @Test
    void a_two_word_name_with_a_space_for_its_hyphen_and_no_colon_is_noted() {
        String head = "GET /romeo.txt HTTP/1.0\r\nUser Agent wiretutor\r\n\r\n";
        assertEquals(List.of(DiagnosisKind.NO_COLON, DiagnosisKind.HEADER_NAME_NEAR_MISS), kinds(head));
        Diagnosis d = nearMiss(head, "User Agent", WellKnownHeader.USER_AGENT);
        assertTrue(d.words().contains("\"User-Agent:\""), d.words());
        assertEquals(List.of(DiagnosisKind.NO_COLON), kinds("GET / HTTP/1.0\r\nHello there friend\r\n\r\n"));
    }

    @Test
    void a_well_known_name_without_its_colon_is_noted_where_the_colon_belongs() {
        String head = "GET /romeo.txt HTTP/1.1\r\nHost data.pr4e.org\r\n\r\n";
        assertEquals(List.of(DiagnosisKind.NO_COLON, DiagnosisKind.HEADER_NAME_NEAR_MISS), kinds(head));
        Diagnosis d = nearMiss(head, "Host", WellKnownHeader.HOST);
        assertEquals(5, d.column());
        assertEquals(DiagnosisKind.NO_COLON, rejection(head).cause().kind());
        assertEquals("Hots", nearMiss("GET / HTTP/1.1\r\nHots data.pr4e.org\r\n\r\n").subject());
    }

    @Test
    void names_differ_only_in_case_so_host_in_any_case_is_no_near_miss() {
        assertEquals(List.of(), kinds("GET / HTTP/1.1\r\nhost: data.pr4e.org\r\n\r\n"));
        assertEquals(List.of(), kinds("GET / HTTP/1.1\r\nHOST: data.pr4e.org\r\nuser-agent: me\r\n\r\n"));
    }

    @Test
    void typos_of_the_other_well_known_names_are_noted_with_the_one_meant() {
        String[][] cases = {
            {"Conection: close", "CONNECTION", "Conection:"},
            {"Connexion: close", "CONNECTION", "Connexion:"},
            {"Referrer: http://x/", "REFERER", "Referrer:"},
            {"Content-Lenght: 5", "CONTENT_LENGTH", "Content-Lenght:"},
            {"ContentType: text/plain", "CONTENT_TYPE", "ContentType:"},
            {"If-Modified-Snice: x", "IF_MODIFIED_SINCE", "If-Modified-Snice:"},
            {"If-Non-Match: \"x\"", "IF_NONE_MATCH", "If-Non-Match:"},
            {"Cookies: a=1", "COOKIE", "Cookies:"},
            {"Acept: */*", "ACCEPT", "Acept:"},
            {"Rnage: bytes=0-4", "RANGE", "Rnage:"},
            {"User Agent: me", "USER_AGENT", "User Agent:"},
        };
        for (String[] c : cases) {
            Diagnosis d = nearMiss("GET / HTTP/1.1\r\nHost: a\r\n" + c[0] + "\r\n\r\n");
            assertEquals(WellKnownHeader.valueOf(c[1]), d.meantHeader().orElseThrow(), c[0]);
            assertEquals(c[2], d.subject(), c[0]);
        }
        // User Agent is refused for its space; the note comes with that refusal
        assertEquals(List.of(DiagnosisKind.MALFORMED_HEADER_NAME, DiagnosisKind.HEADER_NAME_NEAR_MISS),
                kinds("GET / HTTP/1.0\r\nUser Agent: me\r\n\r\n"));
    }

    @Test
    void real_headers_and_made_up_ones_far_from_a_well_known_name_are_no_near_miss() {
        for (String name : List.of("Cookie2", "If-Unmodified-Since", "If-Match", "If-Range", "Accept-Encoding",
                "Accept-Language", "Accept-Charset", "Expect", "Date", "From", "Origin", "Pragma", "Via", "TE",
                "Upgrade", "Authorization", "Cache-Control", "Keep-Alive", "DNT", "Content-Encoding", "Content-Range",
                "Content-Location", "Content-Language", "Content-MD5", "Max-Forwards", "Forwarded", "Warning",
                "Proxy-Connection", "Transfer-Encoding", "Trailer", "Link", "Prefer", "Priority", "Sec-Fetch-Site",
                "Upgrade-Insecure-Requests", "X-Requested-With", "X-Forwarded-For", "X-Host", "X", "Set-Cookie",
                "Age")) {
            assertEquals(List.of(), kinds("GET / HTTP/1.1\r\nHost: a\r\n" + name + ": v\r\n\r\n"), name);
        }
        // a line without a colon whose first word is no header name gets only its refusal
        assertEquals(List.of(DiagnosisKind.NO_COLON), kinds("GET / HTTP/1.1\r\nhello there\r\n\r\n"));
        // nor does a line whose first problem is another
        assertEquals(List.of(DiagnosisKind.SPACE_BEFORE_COLON), kinds("GET / HTTP/1.1\r\nHots : a\r\n\r\n"));
    }
}
