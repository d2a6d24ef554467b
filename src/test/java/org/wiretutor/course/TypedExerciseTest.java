package org.wiretutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedExerciseTest {
    private static final Map<String, String> VALUES = Map.of("lastModified", "Tue, 20 Jun 2017 14:02:51 GMT",
            "etag", "\"1d3-552649e2a4c80\"", "contentLength", "467", "cacheControl",
            "max-age=0, no-cache, no-store, must-revalidate", "contentType", "text/plain", "paragraphCount", "9");

    private static TypedExercise headerExercise() throws Exception {
        return TypedExercise.parse("06", Files.readString(Path.of("exercises/06-header-fields/README.md")), VALUES);
    }

    @Test
    void theHeaderExerciseGivesPartialCreditFieldByField() throws Exception {
        TypedExercise ex = headerExercise();
        assertEquals(6, ex.parts().size());
        assertTrue(ex.statement().startsWith("# Exercise 6: The headers of intro-short.txt"));
        TypedAttempt attempt = new TypedAttempt("06", ex);
        var wrong = attempt.observe(new Observation.Answered("ETag: 1d4-552649e2a4c80"));
        assertEquals(List.of(), wrong.completed());
        assertTrue(wrong.misses().get(0).contains("is not the ETag the server sent you"), wrong.misses().toString());
        assertEquals(1, attempt.observe(new Observation.Answered("etag 1D3-552649E2A4C80")).completed().size());
        assertEquals(1, attempt.observe(new Observation.Answered("Cache-Control: max-age=0 no-cache no-store "
                + "must-revalidate")).completed().size());
        assertEquals(1, attempt.observe(new Observation.Answered("last-modified: tue 20 jun 2017 140251 gmt"))
                .completed().size());
        assertEquals(3, attempt.passed());
        assertEquals(6, attempt.total());
        assertTrue(attempt.observe(new Observation.Answered("Content-Length: 468")).completed().isEmpty());
    }

    private static TypedAttempt attempt(String dir) throws Exception {
        return new TypedAttempt(dir, TypedExercise.parse(dir, Files.readString(Path.of("exercises", dir, "README.md")),
                VALUES));
    }

    /** The one line an answer got. */
    private static TypedAttempt.Line said(TypedAttempt attempt, String answer) {
        var lines = attempt.observe(new Observation.Answered(answer)).lines();
        assertEquals(1, lines.size(), () -> "exactly one verdict for " + answer + ", got " + lines);
        return lines.get(0);
    }

    @Test
    void everyAnswerGetsExactlyOneVerdict() throws Exception {
        TypedAttempt a = attempt("06-header-fields");
        var bare = said(a, "1d3-552649e2a4c80");
        assertEquals(TypedAttempt.Tone.RIGHT, bare.tone());
        assertTrue(bare.text().startsWith("1d3-552649e2a4c80 is right. Part done: ETag (1 of 6) The server sent it "
                + "inside double quotes, \"1d3-552649e2a4c80\""), bare.text());
        var quoted = said(a, "etag: \"1d3-552649e2a4c80\"");
        assertEquals(new TypedAttempt.Line(TypedAttempt.Tone.NOTE,
                "Part ETag is already done: \"1d3-552649e2a4c80\" is right."), quoted);
        var wrongForm = said(a, "19e-58832a7c4d5a5");
        assertEquals(TypedAttempt.Tone.MISSED, wrongForm.tone());
        assertTrue(wrongForm.text().startsWith("\"19e-58832a7c4d5a5\" is not the value of any header still asked for "
                + "(Last-Modified, Content-Length, Cache-Control, Content-Type)"), wrongForm.text());
        var length = said(a, "  CONTENT-LENGTH :  467 ");
        assertEquals(new TypedAttempt.Line(TypedAttempt.Tone.RIGHT, "467 is right. Part done: Content-Length (2 of 6)"),
                length);
        assertEquals(TypedAttempt.Tone.MISSED, said(a, "Content-Type: text/html").tone());
        assertEquals(2, a.passed());
    }

    @Test
    void aBareValueOrAHeaderLineAnswersAQuestionWithoutAField() throws Exception {
        for (String answer : List.of("467", "Content-Length: 467", "content-length:467", " Content-Length :  467 ")) {
            TypedAttempt a = attempt("09-head-length");
            var line = said(a, answer);
            assertEquals(TypedAttempt.Tone.RIGHT, line.tone(), answer);
            assertEquals("467 is right. Part done: How long the body would be (1 of 2)", line.text());
        }
        TypedAttempt a = attempt("09-head-length");
        assertTrue(said(a, "Content-Length: 529").text().startsWith("\"Content-Length: 529\" is not it."));
    }

    @Test
    void anExerciseWithoutQuestionsSaysSoOnce() throws Exception {
        TypedAttempt a = attempt("07-make-it-answer");
        assertEquals(TypedAttempt.Tone.NOTE, said(a, "206").tone());
    }

    @Test
    void hintsGoRoundTheOpenPartsEachMoreSpecificOnTheSecondRound() throws Exception {
        TypedAttempt a = attempt("07-make-it-answer");
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) parts.add(a.hint().orElseThrow().part());
        assertEquals(a.left(), parts);
        var second = a.hint().orElseThrow();
        assertEquals("404 Not Found", second.part());
        assertEquals("Any made-up path will do.", second.text());
        assertEquals(6, a.left().size());
    }

    @Test
    void everyBundledTypedExerciseParses() throws Exception {
        for (String dir : List.of("06-header-fields", "07-make-it-answer", "08-http11-close", "09-head-length")) {
            TypedExercise ex = TypedExercise.parse(dir, Files.readString(Path.of("exercises", dir, "README.md")), VALUES);
            assertTrue(ex.parts().size() >= 2, dir);
            assertTrue(ex.parts().stream().allMatch(p -> !p.checks().isEmpty()), dir);
            assertTrue(ex.parts().stream().allMatch(p -> !p.hints().isEmpty()), dir + ": every part has a hint");
        }
    }

    @Test
    void unknownPlaceholdersAndDirectivesAreReportedWithTheirLine() {
        var e = assertThrows(LessonFormatException.class, () -> TypedExercise.parse("x", "Intro\n## Part: A\n"
                + "@check answer accept={colour}\n", VALUES));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unknown placeholder {colour}"), e.getMessage());
        assertThrows(LessonFormatException.class, () -> TypedExercise.parse("x", "no parts here\n", VALUES));
    }
}
