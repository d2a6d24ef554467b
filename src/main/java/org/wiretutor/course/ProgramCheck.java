package org.wiretutor.course;

import org.wiretutor.check.Verdict;
/** Passes when the learner ran the named program and it ended as wanted. */
public record ProgramCheck(String name, Integer exit, String output) implements StepCheck {
    @Override
    public Verdict judge(Observation observation) {
        if (!(observation instanceof Observation.ProgramFinished p) || !p.name().equals(name)) return Verdict.UNRELATED;
        if (p.timedOut()) return Verdict.missed(CourseText.PROGRAM_TIMED_OUT.formatted(name));
        if (exit != null && p.exit() != exit) return Verdict.missed(CourseText.PROGRAM_EXIT.formatted(name, p.exit(), exit));
        if (!output.isEmpty() && !p.output().contains(output)) {
            return Verdict.missed(CourseText.PROGRAM_OUTPUT.formatted(name, output));
        }
        return Verdict.PASSED;
    }

    @Override
    public String expectation() {
        return CourseText.EXPECT_PROGRAM.formatted(name);
    }
}
