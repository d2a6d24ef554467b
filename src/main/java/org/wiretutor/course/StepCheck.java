package org.wiretutor.course;

import org.wiretutor.check.Check;
import org.wiretutor.check.Verdict;

/**
 * A check that a lesson step or a typed exercise's part waits for: a {@link Check} of what really happened
 * ({@link Observation}s: bytes that crossed a socket, a program that ran, a request the mirror received, an answer),
 * which can also say what the learner still has to do.
 */
public sealed interface StepCheck extends Check<Observation>
        permits ConnectedCheck, RequestLineCheck, BlankLineCheck, RequestCheck, ReplyCheck, ServerClosedCheck,
        WaitedCheck, ProgramCheck, MirrorReceivedCheck, AnswerCheck {

    /** What the learner still has to do, in a few words ("send the blank line"). */
    String expectation();

    /**
     * The verdict while a prediction of the step is still unanswered: like {@link #judge}, but a miss must not name
     * the outcome the prediction asks for (a wanted status, a program's wanted output), or the check would give the
     * guess away. What the learner sent may be named: it describes the request, not its outcome.
     */
    default Verdict judgeBeforeGuess(Observation observation) {
        return judge(observation);
    }

    /** {@link #expectation()} while a prediction of the step is unanswered, naming no outcome it asks for. */
    default String expectationBeforeGuess() {
        return expectation();
    }

    /**
     * True when this check waits for something on the learner's own connection (a request, a reply, a close), so
     * a learner whose connection has closed must open a new one before it can pass.
     */
    default boolean onTheWire() {
        return false;
    }

    /**
     * True when this check must pass on the same connection as the step's wire checks before it: a new connection
     * opened before it passes sends the step back to its first wire check.
     */
    default boolean needsSameConnection() {
        return false;
    }
}
