package org.wiretutor.course;

import org.wiretutor.wire.WireEvent;

/**
 * Something that must really happen on the wire for a step to complete. Checks judge
 * {@link WireEvent}s — bytes that crossed — never the words the learner typed at the prompt.
 */
public sealed interface Check
        permits ConnectedCheck, RequestLineCheck, BlankLineCheck, ReplyCheck, ServerClosedCheck {

    Verdict judge(WireEvent event);

    /** What the learner still has to do, in a few words ("send the blank line"). */
    String expectation();
}
