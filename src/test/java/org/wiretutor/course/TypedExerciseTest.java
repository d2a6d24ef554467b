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

    @Test
    void everyBundledTypedExerciseParses() throws Exception {
        for (String dir : List.of("06-header-fields", "07-make-it-answer", "08-http11-close", "09-head-length")) {
            TypedExercise ex = TypedExercise.parse(dir, Files.readString(Path.of("exercises", dir, "README.md")), VALUES);
            assertTrue(ex.parts().size() >= 2, dir);
            assertTrue(ex.parts().stream().allMatch(p -> !p.checks().isEmpty()), dir);
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
