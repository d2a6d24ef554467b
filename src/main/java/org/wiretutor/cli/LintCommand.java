package org.wiretutor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wiretutor.course.CourseLint;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wiretutor lint DIR}: every problem in a course folder, with file and line. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = HelpWords.NAME)
public final class LintCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", descriptionKey = "dir")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            System.err.println(Messages.get("cli.lint.noFolder", dir.toString()));
            return ExitCodes.USAGE;
        }
        CourseLint.Report report = new CourseLint(MirrorFiles.bundled()).lint(dir);
        report.problems().forEach(p -> System.out.println(p));
        report.notes().forEach(n -> System.out.println(n));
        if (report.clean()) {
            System.out.println(Messages.get("cli.lint.clean", Integer.toString(report.lessons()), dir.toString(),
                    report.lessons()));
            return ExitCodes.OK;
        }
        int problems = report.problems().size();
        System.out.println(Messages.get("cli.lint.problems", Integer.toString(problems), dir.toString(), problems));
        return ExitCodes.FAILED;
    }
}
