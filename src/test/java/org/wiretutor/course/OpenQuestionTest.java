package org.wiretutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether a question is open, from the checks: what lets the shell tell a bare answer to type {@code answer}. */
class OpenQuestionTest {
    private static final Course COURSE = CourseLoader.bundled();

    private static CourseSession at(int lesson, int step) {
        CourseSession s = new CourseSession(COURSE, Progress.inMemory(), notice -> { });
        s.start(COURSE.lesson(lesson).orElseThrow());
        for (int i = 1; i < step; i++) s.next();
        assertEquals(step, s.position().orElseThrow().stepNumber());
        return s;
    }

    @Test
    void noLessonAndAReadingStepAskNothing() {
        assertFalse(new CourseSession(COURSE, Progress.inMemory(), notice -> { }).asking());
        assertFalse(at(2, 1).asking(), "a step with nothing to answer");
        assertFalse(at(2, 2).asking(), "a step that waits for the wire only");
    }

    @Test
    void aPredictionIsOpenUntilAnsweredThenTheStepWaitsForTheWire() {
        CourseSession s = at(2, 3);
        assertTrue(s.asking());
        s.observe(new Observation.Answered("404"));
        assertEquals(3, s.position().orElseThrow().stepNumber());
        assertFalse(s.asking(), "answered: the step now waits for a request");
    }

    @Test
    void twoQuestionsStayOpenUntilBothAreAnswered() {
        CourseSession s = at(2, 5);
        assertTrue(s.asking());
        s.observe(new Observation.Answered("text/plain"));
        assertTrue(s.asking(), "the Content-Length is still asked for");
        s.observe(new Observation.Answered("467"));
        assertEquals(6, s.position().orElseThrow().stepNumber());
        assertTrue(s.asking(), "the next step asks two more");
    }

    @Test
    void aTypedExerciseAsksWhileAPartWaitsForAnAnswer() throws Exception {
        Map<String, String> values = Map.of("lastModified", "Tue, 20 Jun 2017 14:02:51 GMT",
                "etag", "\"1d3-552649e2a4c80\"", "contentLength", "467", "cacheControl",
                "max-age=0, no-cache, no-store, must-revalidate", "contentType", "text/plain", "paragraphCount", "9");
        TypedAttempt headers = new TypedAttempt("06", TypedExercise.parse("06",
                Files.readString(Path.of("exercises/06-header-fields/README.md")), values));
        assertTrue(headers.asking());
        TypedAttempt replies = new TypedAttempt("07", TypedExercise.parse("07",
                Files.readString(Path.of("exercises/07-make-it-answer/README.md")), values));
        assertFalse(replies.asking(), "every part waits for a reply from the server");
    }
}
