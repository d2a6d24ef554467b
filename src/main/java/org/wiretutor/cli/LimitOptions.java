package org.wiretutor.cli;

import org.wiretutor.programs.ProgramLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --memory MIB} and {@code --processes N}: how much the graded program may use. Mixed into a command
 * ({@code @Mixin LimitOptions limits;}), which passes {@link #limits()} to what it runs; each value is checked as it
 * is read, so a wrong value is a usage error (exit 2) before anything runs. Their help words are the command's
 * ({@code cli.help.COMMAND.memory}, {@code cli.help.COMMAND.processes}), read through {@link HelpWords}.
 */
public final class LimitOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int memory = ProgramLimits.DEFAULT_MEMORY_MIB;
    private int processes = ProgramLimits.DEFAULT_PROCESSES;

    @Option(names = "--memory", paramLabel = "MIB", defaultValue = "" + ProgramLimits.DEFAULT_MEMORY_MIB)
    void memory(int mib) {
        memory = mib;
        apply();
    }

    @Option(names = "--processes", paramLabel = "N", defaultValue = "" + ProgramLimits.DEFAULT_PROCESSES)
    void processes(int n) {
        processes = n;
        apply();
    }

    /** The limits as given so far (picocli sets each option, or its default, on every parse). */
    public ProgramLimits limits() {
        return new ProgramLimits(memory, processes);
    }

    private void apply() {
        try {
            limits();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
