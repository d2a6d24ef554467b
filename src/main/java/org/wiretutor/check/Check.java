package org.wiretutor.check;

/**
 * One thing that must really have happened, judged from the evidence of type {@code E}: bytes that crossed a socket,
 * a program's runs, the request a server received. Checks judge what happened, never the words a learner typed at a
 * prompt, and decide from typed facts (the protocol core's diagnoses, statuses), never from the words of a message.
 */
@FunctionalInterface
public interface Check<E> {

    Verdict judge(E evidence);
}
