package org.wiretutor.course;

/**
 * Something that must really happen for a step to complete. Checks judge {@link Observation}s —
 * bytes that crossed a socket, a program that ran — never the words the learner typed at the prompt.
 */
public sealed interface Check
        permits ConnectedCheck, RequestLineCheck, BlankLineCheck, RequestCheck, ReplyCheck, ServerClosedCheck,
        WaitedCheck, ProgramCheck, MirrorReceivedCheck, AnswerCheck {

    Verdict judge(Observation observation);

    /** What the learner still has to do, in a few words ("send the blank line"). */
    String expectation();
}
