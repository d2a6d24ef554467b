package org.wiretutor.http.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wiretutor.http.core.ResponsePart.BlankLine;
import org.wiretutor.http.core.ResponsePart.Body;
import org.wiretutor.http.core.ResponsePart.ChunkData;
import org.wiretutor.http.core.ResponsePart.ChunkSize;
import org.wiretutor.http.core.ResponsePart.FieldRead;
import org.wiretutor.http.core.ResponsePart.LineTooLong;
import org.wiretutor.http.core.ResponsePart.NoBody;
import org.wiretutor.http.core.ResponsePart.NoStatusLine;
import org.wiretutor.http.core.ResponsePart.StatusLineRead;
import org.wiretutor.http.core.ResponsePart.Stopped;
import org.wiretutor.http.core.ResponsePart.Surplus;
import org.wiretutor.http.core.ResponsePart.Unfinished;
import org.wiretutor.http.core.ResponsePart.Unreadable;

/**
 * The reply parser's typed account of the bytes: which parts, where each diagnosis points (offset from the reply's
 * first byte, line and column), and the same account however the bytes are cut into pieces.
 */
class ResponseParserTest {

    private static final String STATUS = "HTTP/1.1 200 OK\r\n";
    private static final String CHUNKED_HEAD = STATUS + "Transfer-Encoding: chunked\r\n\r\n";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Everything the parser says about a reply fed whole, then the close. */
    private static List<ResponsePart> whole(String method, String reply) {
        ResponseParser p = new ResponseParser(method);
        List<ResponsePart> parts = new ArrayList<>(p.feed(bytes(reply)));
        parts.addAll(p.endOfStream());
        return parts;
    }

    /** The same, fed in pieces of {@code piece} bytes. */
    private static List<ResponsePart> inPieces(String method, String reply, int piece) {
        byte[] b = bytes(reply);
        ResponseParser p = new ResponseParser(method);
        List<ResponsePart> parts = new ArrayList<>();
        for (int off = 0; off < b.length; off += piece) {
            parts.addAll(p.feed(b, off, Math.min(piece, b.length - off)));
        }
        parts.addAll(p.endOfStream());
        return parts;
    }

    private static <T extends ResponsePart> List<T> of(List<ResponsePart> parts, Class<T> type) {
        return parts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends ResponsePart> T one(List<ResponsePart> parts, Class<T> type) {
        List<T> found = of(parts, type);
        assertEquals(1, found.size(), () -> "one " + type.getSimpleName() + " in " + shown(parts));
        return found.get(0);
    }

    private static List<DiagnosisKind> kinds(ResponsePart part) {
        return part.diagnoses().stream().map(Diagnosis::kind).toList();
    }

    /** Every part with every component, arrays by content, so two accounts can be compared. */
    private static String shown(List<ResponsePart> parts) {
        return parts.stream().map(ResponseParserTest::shown).collect(Collectors.joining("\n"));
    }

    private static String shown(Object o) {
        if (o instanceof byte[] b) {
            return Arrays.toString(b);
        }
        if (o instanceof List<?> l) {
            return l.stream().map(ResponseParserTest::shown).collect(Collectors.joining(", ", "[", "]"));
        }
        if (o instanceof Record r) {
            StringBuilder sb = new StringBuilder(r.getClass().getSimpleName()).append('(');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    sb.append(c.getName()).append('=').append(shown(c.getAccessor().invoke(r))).append(' ');
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            return sb.append(')').toString();
        }
        return String.valueOf(o);
    }

    @Test
    void a_bare_lf_is_pointed_at_in_the_status_line_a_header_and_the_blank_line() {
        String reply = "HTTP/1.1 200 OK\nServer: x\r\nA: b\n\nhi";
        List<ResponsePart> parts = whole("GET", reply);

        Diagnosis status = one(parts, StatusLineRead.class).first(DiagnosisKind.REPLY_BARE_LF);
        assertEquals(reply.indexOf('\n'), status.offset());
        assertEquals(1, status.line());
        assertEquals(16, status.column());

        List<FieldRead> fields = of(parts, FieldRead.class);
        assertEquals(List.of(), kinds(fields.get(0)));
        Diagnosis header = fields.get(1).first(DiagnosisKind.REPLY_BARE_LF);
        assertEquals(reply.indexOf("A: b\n") + 4, header.offset());
        assertEquals(3, header.line());
        assertEquals(5, header.column());

        BlankLine blank = one(parts, BlankLine.class);
        assertEquals(reply.indexOf("\n\n") + 1, blank.offset());
        assertEquals(List.of(DiagnosisKind.REPLY_BARE_LF), kinds(blank));
        assertEquals(blank.offset(), blank.diagnoses().get(0).offset());
        assertEquals(4, blank.diagnoses().get(0).line());
    }

    @Test
    void a_chunk_size_that_is_not_hex_stops_the_reading_and_the_rest_is_counted() {
        String reply = CHUNKED_HEAD + "zz\r\nstuff";
        List<ResponsePart> parts = whole("GET", reply);

        ChunkSize size = one(parts, ChunkSize.class);
        assertFalse(size.readable());
        assertEquals(CHUNKED_HEAD.length(), size.offset());
        Diagnosis d = size.first(DiagnosisKind.CHUNK_SIZE_NOT_HEX);
        assertEquals(CHUNKED_HEAD.length(), d.offset());
        assertEquals(4, d.line());
        assertEquals(1, d.column());
        assertEquals("z", d.subject());

        assertEquals(ResponsePart.Stop.BAD_CHUNK_SIZE, one(parts, Stopped.class).reason());
        Unreadable rest = one(parts, Unreadable.class);
        assertEquals(reply.indexOf("stuff"), rest.offset());
        assertEquals(5, rest.data().total());
        assertEquals("5", rest.diagnoses().get(0).subject());
        assertEquals(DiagnosisKind.UNREADABLE_BYTES, rest.diagnoses().get(0).kind());
    }

    @Test
    void text_after_a_chunk_size_and_an_absurd_size_are_their_own_kinds() {
        String junk = CHUNKED_HEAD + "3 junk\r\nabc\r\n0\r\n\r\n";
        Diagnosis d = one(whole("GET", junk), ChunkSize.class).first(DiagnosisKind.CHUNK_SIZE_JUNK);
        assertEquals(junk.indexOf("junk"), d.offset());
        assertEquals(3, d.column());
        assertEquals("junk", d.subject());

        String absurd = CHUNKED_HEAD + "1234567890abcdef0\r\n";
        Diagnosis big = one(whole("GET", absurd), ChunkSize.class).first(DiagnosisKind.CHUNK_SIZE_ABSURD);
        assertEquals("1234567890abcdef0", big.subject());
    }

    @Test
    void chunk_data_longer_than_its_size_points_at_the_byte_where_cr_lf_belonged() {
        String reply = CHUNKED_HEAD + "3\r\nhello\r\n0\r\n\r\n";
        List<ResponsePart> parts = whole("GET", reply);
        ChunkData data = one(parts, ChunkData.class);
        assertEquals(ResponsePart.ChunkEnd.WRONG_BYTE, data.end());
        assertEquals('l', data.wrongByte());
        Diagnosis d = data.first(DiagnosisKind.CHUNK_LONGER_THAN_SIZE);
        assertEquals(reply.indexOf("hello") + 3, d.offset());
        assertEquals("l", d.subject());
        assertEquals(ResponsePart.Stop.CHUNK_NOT_ENDED, one(parts, Stopped.class).reason());
    }

    @Test
    void surplus_bytes_after_the_reply_are_kept_counted_and_placed() {
        String head = STATUS + "Content-Length: 2\r\n\r\nhi";
        ResponseParser p = new ResponseParser("GET");
        p.feed(bytes(head + "EXTRA"));
        assertTrue(p.isComplete());
        assertEquals(ResponseParser.Ending.ALL_DECLARED_BYTES, p.ending());
        assertArrayEquals(bytes("EXTRA"), p.surplus());
        Diagnosis extra = p.surplusDiagnosis();
        assertEquals(DiagnosisKind.SURPLUS_BYTES, extra.kind());
        assertEquals(head.length(), extra.offset());
        assertEquals("5", extra.subject());

        Surplus s = one(p.endOfStream(), Surplus.class);
        assertEquals(head.length(), s.offset());
        assertEquals(5, s.data().total());
        assertTrue(p.closedAfterEnd());

        ResponseParser next = new ResponseParser("GET");
        next.feed(bytes(head + "HTTP/1.1 200 OK\r\n"));
        assertEquals(DiagnosisKind.SECOND_REPLY, next.surplusDiagnosis().kind());

        ResponseParser none = new ResponseParser("GET");
        none.feed(bytes(head));
        assertNull(none.surplusDiagnosis());
        assertEquals(List.of(), none.endOfStream());
    }

    @Test
    void a_chunked_reply_is_read_into_sizes_data_trailers_and_the_decoded_body() {
        String reply = CHUNKED_HEAD + "2;x=1\r\nhi\r\n3\r\nyou\r\n0\r\nT: v\r\n\r\n";
        ResponseParser p = new ResponseParser("GET");
        List<ResponsePart> parts = p.feed(bytes(reply));
        assertEquals(ResponseFraming.Rule.CHUNKED, p.framing().rule());
        List<ChunkSize> sizes = of(parts, ChunkSize.class);
        assertEquals(List.of(2L, 3L, 0L), sizes.stream().map(ChunkSize::size).toList());
        assertEquals(List.of(1L, 2L, 0L), sizes.stream().map(ChunkSize::index).toList());
        assertEquals(";x=1", sizes.get(0).extension());
        assertTrue(sizes.get(2).last());
        assertEquals(List.of(ResponsePart.ChunkEnd.CRLF, ResponsePart.ChunkEnd.CRLF),
                of(parts, ChunkData.class).stream().map(ChunkData::end).toList());
        assertEquals(List.of(ResponsePart.Section.HEADERS, ResponsePart.Section.TRAILERS),
                of(parts, FieldRead.class).stream().map(FieldRead::section).toList());
        assertEquals("T", p.trailers().get(0).name());
        Body body = one(parts, Body.class);
        assertEquals(ResponsePart.Outcome.COMPLETE, body.outcome());
        assertArrayEquals(bytes("hiyou"), body.data().kept());
        assertEquals(2, body.chunks());
        assertEquals(ResponsePart.BlankLineRole.END_OF_CHUNKED_BODY, of(parts, BlankLine.class).get(1).role());
        assertEquals(ResponseParser.Ending.LAST_CHUNK, p.ending());
    }

    @Test
    void head_204_304_and_1xx_have_no_body_and_an_interim_reply_comes_first() {
        assertEquals(ResponseFraming.Rule.HEAD,
                one(whole("HEAD", STATUS + "Content-Length: 5\r\n\r\n"), NoBody.class).framing().rule());
        ResponseFraming noContent = one(whole("GET", "HTTP/1.1 204 No Content\r\n\r\n"), NoBody.class).framing();
        assertEquals(ResponseFraming.Rule.NO_CONTENT, noContent.rule());
        assertEquals(204, noContent.code());
        assertEquals(304, one(whole("GET", "HTTP/1.1 304 Not Modified\r\n\r\n"), NoBody.class).framing().code());

        ResponseParser p = new ResponseParser("GET");
        List<ResponsePart> parts = p.feed(bytes("HTTP/1.1 100 Continue\r\n\r\n" + STATUS
                + "Content-Length: 0\r\n\r\n"));
        assertEquals(List.of(ResponsePart.BlankLineRole.END_OF_INTERIM_REPLY,
                        ResponsePart.BlankLineRole.END_OF_HEADERS),
                of(parts, BlankLine.class).stream().map(BlankLine::role).toList());
        assertEquals(1, p.interimResponses());
        assertEquals(200, p.statusLine().code());
        assertEquals(ResponseParser.Ending.EMPTY_BODY, p.ending());
    }

    @Test
    void a_reply_without_a_status_line_is_all_body_until_the_close() {
        List<ResponsePart> parts = whole("GET", "hello\n");
        NoStatusLine none = one(parts, NoStatusLine.class);
        assertEquals(0, none.offset());
        assertEquals(List.of(DiagnosisKind.NO_STATUS_LINE), kinds(none));
        Body body = one(parts, Body.class);
        assertEquals(ResponsePart.Outcome.CLOSED, body.outcome());
        assertArrayEquals(bytes("hello\n"), body.data().kept());
    }

    @Test
    void lengths_that_disagree_are_found_on_the_field_and_leave_the_length_unknown() {
        String reply = STATUS + "Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd";
        ResponseParser p = new ResponseParser("GET");
        List<ResponsePart> parts = p.feed(bytes(reply));
        FieldRead second = of(parts, FieldRead.class).get(1);
        Diagnosis conflict = second.first(DiagnosisKind.CONFLICTING_CONTENT_LENGTHS);
        assertEquals(reply.indexOf("Content-Length: 4"), conflict.offset());
        assertEquals("3", conflict.subject());
        assertEquals(List.of(DiagnosisKind.BODY_LENGTH_UNKNOWN), kinds(one(parts, BlankLine.class)));
        assertEquals(ResponseFraming.Rule.BAD_CONTENT_LENGTH, p.framing().rule());
    }

    @Test
    void a_folded_header_is_one_field_and_its_folding_points_at_the_first_continuation() {
        String reply = STATUS + "X: a\r\n b\r\n\tc\r\nContent-Length: 0\r\n\r\n";
        FieldRead x = of(whole("GET", reply), FieldRead.class).get(0);
        assertEquals("a b c", x.value());
        assertEquals(3, x.lines().size());
        Diagnosis folded = x.first(DiagnosisKind.REPLY_FOLDED_HEADER);
        assertEquals(reply.indexOf(" b"), folded.offset());
        assertEquals(3, folded.line());
        assertEquals("2", folded.subject());
    }

    @Test
    void a_line_past_the_limit_is_pointed_at_where_it_passed_it() {
        String line = "X-Big: " + "a".repeat(ResponseParser.MAX_LINE);
        String reply = STATUS + line + "\r\n\r\n";
        List<ResponsePart> parts = whole("GET", reply);
        LineTooLong tooLong = one(parts, LineTooLong.class);
        assertEquals(STATUS.length(), tooLong.offset());
        assertTrue(tooLong.ended());
        assertEquals(line.length(), tooLong.length());
        assertArrayEquals(bytes("X-Big"), tooLong.name());
        Diagnosis d = tooLong.diagnoses().get(0);
        assertEquals(STATUS.length() + ResponseParser.MAX_LINE, d.offset());
        assertEquals(ResponseParser.MAX_LINE + 1, d.column());
        assertEquals(ResponsePart.Stop.LINE_TOO_LONG, one(parts, Stopped.class).reason());
    }

    @Test
    void what_the_close_leaves_unfinished_is_typed() {
        assertEquals(DiagnosisKind.NO_REPLY, one(whole("GET", ""), Unfinished.class).kind());
        assertEquals(DiagnosisKind.STATUS_LINE_CUT_OFF, one(whole("GET", "HTTP/1.1 2"), Unfinished.class).kind());
        List<ResponsePart> cut = whole("GET", STATUS + "Content-Ty");
        assertEquals(List.of(DiagnosisKind.LINE_CUT_OFF, DiagnosisKind.REPLY_NO_BLANK_LINE),
                of(cut, Unfinished.class).stream().map(Unfinished::kind).toList());
        String shortBody = STATUS + "Content-Length: 10\r\n\r\nabc";
        Unfinished missing = one(whole("GET", shortBody), Unfinished.class);
        assertEquals(DiagnosisKind.BODY_CUT_SHORT, missing.kind());
        assertEquals("7", missing.diagnoses().get(0).subject());
        assertEquals(shortBody.length(), missing.offset());
    }

    /** Replies with every kind of part and finding, to be fed in every way. */
    private static final List<String> REPLIES = List.of(
            STATUS + "Content-Length: 5\r\nContent-Type: text/plain\r\n\r\nhelloEXTRA",
            "HTTP/1.1 200 OK\nServer: x\r\nA: b\n\nhi",
            CHUNKED_HEAD + "2;x=1\r\nhi\r\n3\nyou\n0\r\nT: v\r\n  w\r\n\r\nHTTP/1.1 ",
            CHUNKED_HEAD + "zz\r\nstuff",
            CHUNKED_HEAD + "3\r\nhello\r\n0\r\n\r\n",
            CHUNKED_HEAD + "3\r\nab",
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1  200\r\n  stray\r\nNo colon\r\n: x\r\nA b: c\r\n"
                    + "Content-Length: x\r\n\r\nrest",
            STATUS + "Content-Length: 3\r\nContent-Length: 3, 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "HTTP/9.9 999 Odd\r\nX: a\rb\r\n\r\nuntil close",
            "HTTP is not here",
            STATUS + "X-Big: " + "a".repeat(ResponseParser.MAX_LINE + 10) + "\r\n\r\nafter",
            STATUS + "Content-Length: 10\r\n\r\nabc");

    @Test
    void the_same_parts_whole_byte_by_byte_and_in_random_pieces() {
        Random random = new Random(20);
        for (String reply : REPLIES) {
            for (String method : new String[] {"GET", "HEAD", null}) {
                String expected = shown(whole(method, reply));
                assertEquals(expected, shown(inPieces(method, reply, 1)), reply);
                assertEquals(expected, shown(inPieces(method, reply, 1 + random.nextInt(40))), reply);
            }
        }
    }

    @Test
    void each_part_comes_out_with_the_byte_that_completes_it() {
        String reply = STATUS + "A: 1\r\nB: 2\r\n\r\n";
        byte[] b = bytes(reply);
        ResponseParser p = new ResponseParser("HEAD");
        List<String> at = new ArrayList<>();
        for (int i = 0; i < b.length; i++) {
            for (ResponsePart part : p.feed(b, i, 1)) {
                at.add(part.getClass().getSimpleName() + "@" + i);
            }
        }
        // a field ends when the next line's first byte shows it is not folded onward
        assertEquals(List.of("StatusLineRead@16", "FieldRead@23", "FieldRead@29", "BlankLine@30", "NoBody@30"), at);
    }
}
