package org.wiretutor.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * The learner's terminal, opened without starting a subprocess. JLine's default set-up asks every
 * provider whether standard output is a terminal, and its {@code exec} provider answers by running
 * {@code test -t 1}; for every terminal type it first runs {@code infocmp}, even those it bundles. Each
 * costs tens of milliseconds at every start. Here the native provider alone answers, and the
 * capabilities come from JLine's own files or, for the types JLine lacks, from wiretutor's.
 */
public final class SystemTerminal {
    /** Terminal types whose capabilities wiretutor bundles (in {@code terminfo/NAME.caps}). */
    static final List<String> BUNDLED_TYPES = List.of("tmux", "tmux-256color");

    private SystemTerminal() {}

    public static Terminal open() throws IOException {
        bundleCapabilities(System.getenv("TERM"));
        return TerminalBuilder.builder().system(true).jansi(true).exec(false).jna(false).name("wiretutor").build();
    }

    /** Opens the terminal on a thread of its own, so the caller can load what the shell needs meanwhile. */
    public static CompletableFuture<Terminal> opening() {
        CompletableFuture<Terminal> opened = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opened.complete(open());
            } catch (IOException | RuntimeException | LinkageError e) {
                opened.completeExceptionally(e);
            }
        }, "wiretutor-terminal");
        thread.setDaemon(true);
        thread.start();
        return opened;
    }

    /** The terminal, once open; what went wrong opening it, as it was thrown. */
    public static Terminal await(CompletableFuture<Terminal> opening) throws IOException {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** Closes the terminal when it opened (restoring the modes it found); waits for the opening to end. */
    public static void close(CompletableFuture<Terminal> opening) {
        Terminal terminal;
        try {
            terminal = opening.join();
        } catch (RuntimeException failedToOpen) {
            return;
        }
        try {
            terminal.close();
        } catch (IOException ignored) {
            // the learner is leaving; a terminal that will not close has nothing left to lose
        }
    }

    /**
     * JLine asks {@code infocmp} first for any type whose capabilities it has not been given, even
     * the types it bundles itself; give it the bundled ones (JLine's or ours) for this terminal's type.
     * Other types still go to {@code infocmp}, which knows them best.
     */
    static void bundleCapabilities(String type) {
        if (type == null) return;
        if (BUNDLED_TYPES.contains(type)) {
            InfoCmp.setLoadedInfoCmp(type, () -> capabilities(type));
        } else if (InfoCmp.getLoadedInfoCmp(type) == null) {
            String jlines = InfoCmp.getDefaultInfoCmp(type);
            if (jlines != null) InfoCmp.setLoadedInfoCmp(type, jlines);
        }
    }

    static String capabilities(String type) {
        try (InputStream in = SystemTerminal.class.getResourceAsStream("terminfo/" + type + ".caps")) {
            if (in == null) throw new IllegalStateException("terminfo/" + type + ".caps is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
