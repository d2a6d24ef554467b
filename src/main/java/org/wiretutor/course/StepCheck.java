package org.wiretutor.course;

import org.wiretutor.check.Check;

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
}
