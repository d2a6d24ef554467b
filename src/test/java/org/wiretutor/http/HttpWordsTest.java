package org.wiretutor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.http.core.ResponseFraming;
import org.wiretutor.http.core.ResponseParser;
import org.wiretutor.http.core.ResponsePart;
import org.wiretutor.text.Messages;

/**
 * The keys the http package makes from a typed value (a rule, a kind, a status code, a field name) are all in the
 * catalogue: CatalogueTest sees only the keys written out whole.
 */
class HttpWordsTest {

    @Test
    void every_key_made_from_a_typed_value_is_in_the_catalogue() {
        List<String> keys = new ArrayList<>();
        for (ResponseFraming.Rule rule : ResponseFraming.Rule.values()) keys.add("http.framing." + rule.name());
        for (ResponsePart.Stop stop : ResponsePart.Stop.values()) keys.add("http.unreadable." + stop.name());
        for (ResponseParser.Ending ending : ResponseParser.Ending.values()) {
            if (ending != ResponseParser.Ending.NOT_YET) keys.add("http.ended." + ending.name());
        }
        for (DiagnosisKind kind : List.of(DiagnosisKind.NO_REPLY, DiagnosisKind.NO_FINAL_REPLY,
                DiagnosisKind.STATUS_LINE_CUT_OFF, DiagnosisKind.LINE_CUT_OFF, DiagnosisKind.REPLY_NO_BLANK_LINE,
                DiagnosisKind.BODY_CUT_SHORT, DiagnosisKind.CHUNKED_BODY_CUT_OFF,
                DiagnosisKind.NO_BLANK_LINE_AFTER_TRAILERS)) {
            keys.add("http.unfinished." + kind.name());
            keys.add("http.unfinished." + kind.name() + ".title");
        }
        for (Kind kind : List.of(Kind.STATUS_LINE, Kind.HEADER, Kind.BLANK_LINE, Kind.CHUNK_SIZE, Kind.LAST_CHUNK,
                Kind.TRAILER, Kind.BODY, Kind.PROBLEM)) {
            keys.add("http.summary.part." + kind.name());
        }
        for (String name : HeaderGlossary.known()) keys.add("http.header." + name);
        for (int code = 100; code <= 599; code++) {
            if (StatusCodes.isKnown(code)) keys.add("http.status." + code);
        }
        for (int first = 1; first <= 5; first++) keys.add("http.status.class." + first);
        assertEquals(List.of(), keys.stream().filter(k -> !Messages.has(k)).toList());
    }

    @Test
    void every_framing_rule_is_explained() {
        for (ResponseFraming.Rule rule : ResponseFraming.Rule.values()) {
            BodyFraming f = BodyFraming.of(new ResponseFraming(rule, 7, 204));
            assertFalse(f.reason().isBlank(), rule.name());
        }
        assertTrue(BodyFraming.of(new ResponseFraming(ResponseFraming.Rule.CONTENT_LENGTH, 1, 200)).reason()
                .contains("exactly 1 byte of body"));
    }
}
