package org.wiretutor.grading;

import java.time.Instant;
import java.util.List;
import org.wiretutor.programs.ProgramRunner;

/**
 * One run of the learner's program: what was typed in, what it printed and how it ended, and what the mirror
 * received from it.
 *
 * @param ended when the grader saw the program end (or stopped it), from the grading clock
 */
record ProgramRun(String input, ProgramRunner.Result result, List<MirrorVisit> visits, Instant ended) {

    ProgramRun {
        visits = List.copyOf(visits);
    }

    String output() {
        return result.output();
    }
}
