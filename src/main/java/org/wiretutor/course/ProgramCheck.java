package org.wiretutor.course;

import org.wiretutor.check.Verdict;
import org.wiretutor.text.Messages;
/** Passes when the learner ran the named program and it ended as wanted. */
public record ProgramCheck(String name, Integer exit, String output) implements StepCheck {
    @Override
    public Verdict judge(Observation observation) {
        return judge(observation, false);
    }

    /** Before the guess, a run that ended otherwise is only "not as asked": its wanted output may be the answer. */
    @Override
    public Verdict judgeBeforeGuess(Observation observation) {
        return judge(observation, true);
    }

    private Verdict judge(Observation observation, boolean discreet) {
        if (!(observation instanceof Observation.ProgramFinished p) || !p.name().equals(name)) return Verdict.UNRELATED;
        if (p.timedOut()) return Verdict.missed(Messages.get("course.program.timed.out", name));
        if (exit != null && p.exit() != exit) {
            return Verdict.missed(discreet ? Messages.get("course.program.not.asked", name, p.exit())
                    : exit == 0 ? Messages.get("course.program.exit", name, p.exit())
                    : Messages.get("course.program.exit.other", name, p.exit(), exit));
        }
        if (!output.isEmpty() && !p.output().contains(output)) {
            return Verdict.missed(discreet ? Messages.get("course.program.not.asked", name, p.exit())
                    : Messages.get("course.program.output", name, output));
        }
        return Verdict.PASSED;
    }

    @Override
    public String expectation() {
        return Messages.get("course.expect.program", name);
    }
}
