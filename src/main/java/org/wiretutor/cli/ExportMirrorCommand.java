package org.wiretutor.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wiretutor.mirror.export.ExportOptions;
import org.wiretutor.mirror.export.MirrorExport;
import org.wiretutor.mirror.pages.MirrorFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wiretutor export-mirror DIR}: the mirror's files and Apache/nginx configurations, for a permanent server. */
@Command(name = "export-mirror", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write the built-in mirror's files into DIR/www, with their modification times, and Apache",
                "and nginx configurations that answer with the same headers, for a department that wants a",
                "permanent server. DIR/README.md says how to install them. Example:",
                "  wiretutor export-mirror /srv/pr4e"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:DIR could not be written (or is not empty: see --force)",
                "2:the command line was wrong"})
public final class ExportMirrorCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder to write to: new or empty, unless --force.")
    Path dir;

    @Option(names = "--learner", paramLabel = "ID", description = "Export this learner's variant of the exercise files.")
    String learner;

    @Option(names = "--port", paramLabel = "N", defaultValue = "80",
            description = "Port the configurations listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", description = "IP address they listen on (default: every address).")
    String bind;

    @Option(names = "--force", description = "Write into a folder that is not empty, replacing an earlier export.")
    boolean force;

    @Override
    public Integer call() {
        ExportOptions options;
        MirrorFiles files;
        try {
            options = ExportOptions.of(port, bind, force);
        } catch (IllegalArgumentException e) {
            return fail(ExitCodes.USAGE, e.getMessage() + ".");
        }
        try {
            files = learner == null ? MirrorFiles.bundled() : MirrorFiles.forLearner(learner);
        } catch (IllegalArgumentException e) {
            return fail(ExitCodes.USAGE, "--learner " + learner + ": " + e.getMessage() + ".");
        }
        MirrorExport.Summary done;
        try {
            done = MirrorExport.write(files, dir, options, Optional.ofNullable(learner).map(String::strip));
        } catch (IllegalArgumentException e) {
            return fail(ExitCodes.USAGE, e.getMessage() + ".");
        } catch (MirrorExport.Refused e) {
            return fail(ExitCodes.FAILED, e.getMessage());
        } catch (IOException e) {
            return fail(ExitCodes.FAILED, "Could not write the export: " + describe(e)
                    + ". What was written so far is still there.");
        }
        System.out.println("Wrote " + done.files() + " files to " + done.www() + ", with the mirror's modification times.");
        System.out.println("Apache: " + done.apache());
        System.out.println("nginx:  " + done.nginx());
        System.out.println("How to install them: " + done.readme());
        if (!done.leftovers().isEmpty()) {
            System.out.println("Note: " + done.www() + " also holds " + String.join(", ", done.leftovers())
                    + ", which the mirror does not serve but a real server would. Remove them if unwanted.");
        }
        return ExitCodes.OK;
    }

    /** A file system error in words, without the exception's class name. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() != null ? f.getReason()
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
                    : "cannot be written";
            return f.getFile() + ": " + reason;
        }
        return e.getMessage() != null ? e.getMessage() : "an input/output error";
    }

    private static int fail(int code, String message) {
        System.err.println(message);
        return code;
    }
}
