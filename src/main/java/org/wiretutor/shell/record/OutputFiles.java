package org.wiretutor.shell.record;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import org.wiretutor.text.Messages;

/** Files the learner asks wiretutor to write: kept unless replacing was asked for, and failures in plain words. */
public final class OutputFiles {
    private OutputFiles() {}

    /** Open options that create the file, and refuse (atomically) to touch an existing one unless {@code replace}. */
    public static OpenOption[] options(boolean replace) {
        return replace
                ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE}
                : new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
    }

    /** Why a file could not be written, in the learner's words rather than an exception's. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return Messages.get("shell.file.notAllowed");
        if (e instanceof NoSuchFileException) return Messages.get("shell.file.noFolder");
        if (e instanceof FileAlreadyExistsException) return Messages.get("shell.file.existsReason");
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
