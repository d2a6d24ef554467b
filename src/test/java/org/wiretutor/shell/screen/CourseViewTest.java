package org.wiretutor.shell.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.wiretutor.course.Course;
import org.wiretutor.course.CourseEvent;
import org.wiretutor.course.CourseLoader;
import org.wiretutor.course.CourseSession;
import org.wiretutor.course.Position;
import org.wiretutor.course.Progress;

/**
 * The order in which a step's verdicts and texts reach the screen: the verdict after the evidence, the next step
 * after Enter, and a step passed before it was seen shown before its verdict.
 */
class CourseViewTest {
    private static final Course COURSE = CourseLoader.bundled();

    private final List<String> rows = new ArrayList<>();
    private final CourseSession session = new CourseSession(COURSE, Progress.inMemory(), s -> { });

    /** A screen the size of a laptop's terminal, or one with no height (a pipe). */
    private CourseView view(int height) {
        Screen screen = new Screen() {
            @Override public void show(List<AttributedString> lines) {
                lines.forEach(l -> rows.add(l.toString()));
            }
            @Override public int width() { return 80; }
            @Override public int height() { return height; }
        };
        return new CourseView(screen, (lines, keepFrom) -> screen.show(lines));
    }

    private static Position lessonOne(int stepNumber) {
        return new Position(COURSE.lesson(1).orElseThrow(), stepNumber - 1);
    }

    private static CourseEvent passed(int step) {
        return new CourseEvent.StepPassed(lessonOne(step), Optional.of(lessonOne(step + 1)));
    }

    private int rowWith(String text) {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).contains(text)) return i;
        return -1;
    }

    @Test
    void aVerdictHeldWhileTheReplyArrivesComesAfterItAndTheNextStepWaitsForEnter() {
        CourseView view = view(24);
        view.hold();
        view.events(List.of(passed(4)), session, false);
        assertTrue(rows.isEmpty(), "nothing is told above the reply: " + rows);
        rows.add("← HTTP/1.1 200 OK\\r\\n");
        assertTrue(view.release());
        assertEquals("✓ Step 4 done · Press Enter for the next step.", rows.get(rows.size() - 1));
        assertTrue(view.pending());
        assertEquals(-1, rowWith("step 5 of 6"), "the next step waits: " + rows);
        assertTrue(view.showPending());
        assertTrue(rowWith("step 5 of 6: Read the reply") > rowWith("← HTTP/1.1 200 OK"));
        assertFalse(view.pending());
    }

    @Test
    void aStepTheReplyCompletedBeforeItWasSeenIsShownThenItsVerdictThenTheNextWaits() {
        CourseView view = view(24);
        view.hold();
        view.events(List.of(passed(4)), session, false);
        view.events(List.of(passed(5)), session, true);
        view.release();
        assertEquals(-1, rowWith("Step 5 done"), "not told before its step is shown: " + rows);
        view.showPending();
        int heading = rowWith("step 5 of 6: Read the reply");
        int verdict = rowWith("✓ Step 5 done: Read the reply");
        assertTrue(heading >= 0 && verdict > heading, "the step, then its verdict: " + rows);
        assertEquals("Press Enter for the next step.", rows.get(rows.size() - 1));
        assertTrue(view.pending(), "step 6 waits its turn");
        view.showPending();
        assertTrue(rowWith("step 6 of 6: Recap") > verdict);
    }

    @Test
    void withNoScreenHeightTheNextStepFollowsAtOnce() {
        CourseView view = view(0);
        view.events(List.of(passed(4)), session, true);
        assertTrue(rowWith("✓ Step 4 done: The blank line") >= 0);
        assertTrue(rowWith("step 5 of 6: Read the reply") > rowWith("✓ Step 4 done"), rows.toString());
        assertFalse(view.pending());
    }

    @Test
    void theStepIsShownAgainOnAskingAndAWaitingStepComesFirst() {
        CourseView view = view(24);
        view.again(lessonOne(3));
        assertTrue(rowWith("step 3 of 6: Ask for a document") >= 0);
        rows.clear();
        view.events(List.of(passed(3)), session, true);
        view.again(lessonOne(4));
        assertTrue(rowWith("step 4 of 6: The blank line") >= 0, rows.toString());
        assertFalse(view.pending(), "shown once, no longer waiting");
    }

    /** Lesson 11's introduction and first step do not fit 24 rows together: the introduction is read first. */
    @Test
    void anIntroductionThatWouldPushTheStepOffIsShownAloneAndTheStepWaitsForEnter() {
        CourseView view = view(24);
        Position first = new Position(COURSE.lesson(11).orElseThrow(), 0);
        view.step(first, true);
        assertEquals("Press Enter for step 1.", rows.get(rows.size() - 1));
        assertEquals(-1, rowWith("step 1 of"), "the step waits: " + rows);
        assertFalse(view.pending(), "no passed step waits: hint and show are about step 1");
        assertTrue(view.showPending());
        assertTrue(rowWith("step 1 of") > rowWith("Press Enter for step 1."), rows.toString());
    }

    @Test
    void anIntroductionThatFitsWithItsStepIsShownWithIt() {
        CourseView view = view(60);
        view.step(new Position(COURSE.lesson(5).orElseThrow(), 0), true);
        assertEquals(-1, rowWith("Press Enter for step 1."), rows.toString());
        assertTrue(rowWith("step 1 of") > 0, rows.toString());
        rows.clear();
        view(0).step(new Position(COURSE.lesson(5).orElseThrow(), 0), true);
        assertEquals(-1, rowWith("Press Enter for step 1."), "a pipe has no screen to keep: " + rows);
    }

    /** A request line is out: a miss waits for the reply a server may send at once; a pass is told now. */
    @Test
    void afterARequestLineOnlyMissesWaitForTheReply() {
        CourseView view = view(24);
        view.holdMisses();
        view.events(List.of(new CourseEvent.Missed(lessonOne(3), "the version")), session, false);
        assertEquals(-1, rowWith("the version"), "held: " + rows);
        view.events(List.of(passed(3)), session, true);
        assertTrue(rowWith("Step 3 done") >= 0, "a pass is told at once: " + rows);
        rows.add("← HTTP/1.1 400 Bad Request\\r\\n");
        assertTrue(view.release());
        assertTrue(rowWith("the version") > rowWith("← HTTP/1.1 400"), rows.toString());
    }
}
