package org.wiretutor.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wiretutor.mirror.export.ExportOptions;
import org.wiretutor.mirror.export.MirrorExport;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wiretutor export-mirror DIR}: the mirror's files and Apache/nginx configurations, for a permanent server. */
@Command(name = "export-mirror", mixinStandardHelpOptions = true, versionProvider = Version.class,
        resourceBundle = HelpWords.NAME)
public final class ExportMirrorCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", descriptionKey = "dir")
    Path dir;

    @Option(names = "--learner", paramLabel = "ID")
    String learner;

    @Option(names = "--port", paramLabel = "N", defaultValue = "80")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR")
    String bind;

    @Option(names = "--force")
    boolean force;

    @Override
    public Integer call() {
        ExportOptions options;
        MirrorFiles files;
        try {
            options = ExportOptions.of(port, bind, force);
        } catch (IllegalArgumentException e) {
            return fail(ExitCodes.USAGE, Messages.get("cli.export.bad", e.getMessage()));
        }
        try {
            files = learner == null ? MirrorFiles.bundled() : MirrorFiles.forLearner(learner);
        } catch (IllegalArgumentException e) {
            return fail(ExitCodes.USAGE, Messages.get("cli.export.learner.bad", learner, e.getMessage()));
        }
        MirrorExport.Summary done;
        try {
            done = MirrorExport.write(files, dir, options, Optional.ofNullable(learner).map(String::strip));
        } catch (IllegalArgumentException e) {
            return fail(ExitCodes.USAGE, Messages.get("cli.export.bad", e.getMessage()));
        } catch (MirrorExport.Refused e) {
            return fail(ExitCodes.FAILED, e.getMessage());
        } catch (IOException e) {
            return fail(ExitCodes.FAILED, Messages.get("cli.export.failed", describe(e)));
        }
        System.out.println(Messages.get("cli.export.wrote", done.files(), done.www().toString()));
        System.out.println(Messages.get("cli.export.apache", done.apache().toString()));
        System.out.println(Messages.get("cli.export.nginx", done.nginx().toString()));
        System.out.println(Messages.get("cli.export.readme", done.readme().toString()));
        if (!done.leftovers().isEmpty()) {
            System.out.println(Messages.get("cli.export.leftovers", done.www().toString(),
                    String.join(", ", done.leftovers())));
        }
        return ExitCodes.OK;
    }

    /** A file system error in words, without the exception's class name: the system's reason, or ours by its kind. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() != null ? f.getReason()
                    : e instanceof java.nio.file.AccessDeniedException ? Messages.get("cli.export.why.denied")
                    : e instanceof java.nio.file.NoSuchFileException ? Messages.get("cli.export.why.noSuchFile")
                    : e instanceof java.nio.file.FileAlreadyExistsException ? Messages.get("cli.export.why.exists")
                    : Messages.get("cli.export.why.notWritable");
            return Messages.get("cli.export.file", String.valueOf(f.getFile()), reason);
        }
        return e.getMessage() != null ? e.getMessage() : Messages.get("cli.export.why.io");
    }

    private static int fail(int code, String message) {
        System.err.println(message);
        return code;
    }
}
