package org.wiretutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wiretutor.programs.ProgramLimits;
import picocli.CommandLine;

/** {@code wiretutor check --memory MIB --processes N}: the limits every run of the graded program gets. */
class LimitOptionsTest {
    @Test
    void theOptionsSetTheLimitsAndOmittingThemGivesTheDefaults() {
        CheckExerciseCommand given = new CheckExerciseCommand();
        new CommandLine(given).parseArgs("1", "--memory", "1024", "--processes", "32", "--", "python3", "mine.py");
        assertEquals(new ProgramLimits(1024, 32), given.limits.limits());
        CheckExerciseCommand omitted = new CheckExerciseCommand();
        new CommandLine(omitted).parseArgs("1", "--", "python3", "mine.py");
        assertEquals(ProgramLimits.DEFAULT, omitted.limits.limits());
    }

    @Test
    void aLimitOutOfRangeIsAUsageErrorInPlainWords() {
        var e = assertThrows(CommandLine.ParameterException.class, () -> new CommandLine(new CheckExerciseCommand())
                .parseArgs("1", "--memory", "8", "--", "python3", "mine.py"));
        assertEquals("--memory must be from 16 to 65536 MiB.", e.getMessage());
        var p = assertThrows(CommandLine.ParameterException.class, () -> new CommandLine(new CheckExerciseCommand())
                .parseArgs("1", "--processes", "0", "--", "python3", "mine.py"));
        assertEquals("--processes must be from 1 to 4096.", p.getMessage());
    }

    @Test
    void helpNamesTheLimitsAndTheirDefaults() {
        String help = new CommandLine(new CheckExerciseCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(help.contains("--memory=MIB"), help);
        String words = help.replaceAll("\\s+", " ");
        assertTrue(words.contains("How much memory your program may use, in MiB (default: 512)."), help);
        assertTrue(words.contains("--processes=N How many processes and threads your program may have at once "
                + "(default: 128)."), help);
    }
}
