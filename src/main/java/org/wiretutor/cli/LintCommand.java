package org.wiretutor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wiretutor.course.CourseLint;
import org.wiretutor.mirror.pages.MirrorFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wiretutor lint DIR}: every problem in a course folder, with file and line. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Check a folder of lessons the way wiretutor will read them, and report every problem",
                "with its file and line. Exits 0 when there is none, 1 when there are problems."})
public final class LintCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The course folder (the one holding NN-name.md files).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            System.err.println(dir + ": no such folder.");
            return ExitCodes.USAGE;
        }
        CourseLint.Report report = new CourseLint(MirrorFiles.bundled()).lint(dir);
        report.problems().forEach(p -> System.out.println(p));
        if (report.clean()) {
            System.out.println(report.lessons() + (report.lessons() == 1 ? " lesson" : " lessons") + " in " + dir
                    + ", no problems.");
            return ExitCodes.OK;
        }
        System.out.println(report.problems().size() + (report.problems().size() == 1 ? " problem" : " problems")
                + " in " + dir + ".");
        return ExitCodes.FAILED;
    }
}
