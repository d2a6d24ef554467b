package org.wiretutor.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every known-good solution, Python and Java, passes every check of its exercise. */
class GoodSolutionsTest {

    @ParameterizedTest(name = "exercise {0}: {1}")
    @CsvSource({
        "1, good.py", "1, Good.java",
        "2, good.py", "2, Good.java",
        "3, good.py", "3, Good.java",
        "4, good.py", "4, Good.java",
        "5, good.py", "5, Good.java",
    })
    void passesEveryCheck(int exercise, String file) throws Exception {
        Grade g = Solutions.grade(exercise, file);
        assertTrue(g.allPassed(), Solutions.describe(g));
        assertEquals(g.total(), g.passed());
    }

    @ParameterizedTest(name = "learner {0}")
    @CsvSource({"alice", "bob-42"})
    void paragraphCountFollowsTheLearnersVariant(String learner) throws Exception {
        Grade g = Solutions.grade(4, "good.py", ProgramGrader.DEFAULT_LIMIT, learner);
        assertTrue(g.allPassed(), Solutions.describe(g));
        int expected = org.wiretutor.mirror.pages.MirrorFiles.forLearner(learner).expectedAnswers().paragraphCount();
        assertTrue(g.programOutput().contains("Paragraphs: " + expected), g.programOutput());
    }
}
