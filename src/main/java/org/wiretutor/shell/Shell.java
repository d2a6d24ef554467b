package org.wiretutor.shell;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.wiretutor.shell.command.Command;
import org.wiretutor.shell.command.TextCommand;
import org.wiretutor.shell.screen.Presenter;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.wire.WireEvent;
import org.wiretutor.wire.WireSession;

/**
 * The read-run loop. Two modes: command mode runs wiretutor commands; wire mode (while
 * connected) sends every line to the server, and {@code ~} or Ctrl-] reaches commands.
 */
public final class Shell {
    /** The prompt for commands (a connection has its own, naming the server). */
    static final String PROMPT_TEXT = "wiretutor> ";

    /** How long a script waits for a reply before reading its next line. */
    static final Duration SCRIPT_WAIT = Duration.ofSeconds(30);
    private static final String COMMAND_PREFIX = "~";

    private final ShellContext ctx;
    private final LineSource input;
    private boolean commandOnce;     // Ctrl-] pressed: one command, then back to the wire
    private String stash = "";

    Shell(ShellContext ctx, LineSource input) {
        this.ctx = ctx;
        this.input = input;
        if (input.interactive()) {
            ctx.asker(this::ask);
            ctx.moreAsker(this::more);
        }
    }

    /** The pager's question: "" to go on, "q" to stop (so are Ctrl-C and Ctrl-D), or a line to run. */
    private String more(String question) {
        try {
            String answer = input.readLine(new AttributedString(question, Styles.DIM), "");
            return answer == null ? "q" : answer.strip();
        } catch (LineSource.Interrupted e) {
            return "q";
        }
    }

    private Optional<String> ask(String question) {
        try {
            String answer = input.readLine(new AttributedString(question, Styles.PROMPT), "");
            return answer == null || answer.isBlank() ? Optional.empty() : Optional.of(answer.strip());
        } catch (LineSource.Interrupted e) {
            return Optional.empty();
        }
    }

    /** Runs until quit or end of input. Never throws to the learner; returns the exit code. */
    public int run() {
        while (!ctx.quitting()) {
            boolean wire = ctx.wire().isPresent() && !commandOnce;
            if (commandOnce && ctx.wire().isEmpty()) commandOnce = false;
            String line;
            try {
                String initial = wire ? stash : "";
                if (wire) stash = "";
                var pending = ctx.takeTypedAhead();
                line = pending.isPresent() ? pending.get() : input.readLine(prompt(wire), initial);
            } catch (LineSource.Interrupted e) {
                commandOnce = false;
                continue;
            }
            if (line == null) break;
            if (input.takeEscape()) {
                escape(wire);
                continue;
            }
            // the server may have closed while the line was typed: then it is a command after all
            if (wire && ctx.wire().isEmpty()) wire = false;
            try {
                if (wire) wireLine(line);
                else commandLine(line);
            } catch (RuntimeException e) {
                ctx.error(ShellText.UNEXPECTED.formatted(e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
            }
        }
        finish();
        return 0;
    }

    private void escape(boolean wasWire) {
        String typed = input.takeStash();
        if (wasWire) {
            stash = typed;
            commandOnce = true;
            ctx.note(ShellText.COMMAND_MODE);
        } else if (commandOnce) {
            commandOnce = false;
            ctx.note(ShellText.BACK_TO_WIRE);
        }
    }

    boolean inWireMode() {
        return ctx.wire().isPresent() && !commandOnce;
    }

    AttributedString prompt(boolean wire) {
        if (!input.interactive()) return AttributedString.EMPTY;
        if (wire) {
            WireSession s = ctx.lastWire().orElseThrow();
            var route = s.route();
            String where = route.standsIn()
                    ? ShellText.PROMPT_VIA.formatted(route.target(), route.classServer().orElseThrow())
                    : route.target() + (route.viaMirror() ? " mirror" : "");
            return new AttributedStringBuilder().append("[" + where + "] ", Styles.WIRE_PROMPT).toAttributedString();
        }
        return new AttributedString(PROMPT_TEXT, Styles.PROMPT);
    }

    private void wireLine(String line) {
        if (line.isEmpty() && (revealed() || ctx.courseView.showPending())) return;
        if (line.startsWith(COMMAND_PREFIX + COMMAND_PREFIX)) {
            send(line.substring(1));
        } else if (line.equals(COMMAND_PREFIX + ".")) {
            commandLine("close");
        } else if (line.startsWith(COMMAND_PREFIX) && line.length() > 1) {
            commandLine(line.substring(1));
        } else if (line.equals(COMMAND_PREFIX)) {
            ctx.note(ShellText.DOUBLE_TILDE_TIP);
        } else {
            send(line);
        }
    }

    private void send(String line) {
        WireSession session = ctx.wire().orElse(null);
        if (session == null) {
            ctx.error(ShellText.NOT_CONNECTED);
            return;
        }
        long mark = session.settleMark();
        WireEvent.Sent sent;
        try {
            sent = session.send(line);
        } catch (IOException e) {
            ctx.error(ShellText.SEND_FAILED.formatted(e.getMessage()));
            return;
        }
        String first = line.strip().split("\\s+", 2)[0];
        if (!first.isEmpty() && ctx.command(first).isPresent() && !RequestLike.looksLikeRequest(line)) {
            ctx.note(ShellText.SENT_A_COMMAND.formatted(line.strip(), line.strip()));
        }
        if (!input.interactive() && endsRequest(sent)) ctx.awaitSettled(session, mark);
    }

    private static boolean endsRequest(WireEvent.Sent sent) {
        return sent.kind() == WireEvent.SentKind.BLANK_LINE || sent.kind() == WireEvent.SentKind.REQUEST_LINE_HTTP09;
    }

    private void commandLine(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() && (revealed() || ctx.courseView.showPending())) return;
        if (trimmed.isEmpty()) {
            if (commandOnce) {
                commandOnce = false;
                ctx.note(ShellText.BACK_TO_WIRE);
            }
            return;
        }
        if (trimmed.startsWith(COMMAND_PREFIX)) trimmed = trimmed.equals(COMMAND_PREFIX + ".") ? "close" : trimmed.substring(1);
        if (trimmed.isEmpty()) return;
        List<String> words = Arrays.asList(trimmed.split("\\s+"));
        String name = words.get(0);
        Optional<Command> command = ctx.command(name);
        if (command.isEmpty()) {
            unknown(trimmed, name);
            return;
        }
        commandOnce = false;
        try {
            if (command.get() instanceof TextCommand text) text.runText(TextCommand.textAfterName(trimmed), ctx);
            else command.get().run(words.subList(1, words.size()), ctx);
        } catch (Command.UsageException e) {
            ctx.error(e.getMessage());
            ctx.note(ShellText.USAGE.formatted(command.get().usage()) + "   (help " + command.get().name() + ")");
        }
    }

    /** In presenter mode an empty line shows the next held part of a reply; true if it did. */
    private boolean revealed() {
        var presenter = ctx.presenter().filter(Presenter::pending);
        presenter.ifPresent(Presenter::revealNext);
        return presenter.isPresent();
    }

    private void unknown(String line, String name) {
        if (RequestLike.looksLikeRequest(line)) {
            ctx.error(ShellText.LOOKS_LIKE_REQUEST.formatted(line));
            return;
        }
        String suggestion = Suggest.closest(name, ctx.commands().stream().map(Command::name).toList())
                .map(ShellText.DID_YOU_MEAN::formatted).orElse("");
        ctx.error(ShellText.UNKNOWN_COMMAND.formatted(name, suggestion));
    }

    private void finish() {
        ctx.presenter().ifPresent(Presenter::revealAll);
        ctx.wire().ifPresent(session -> {
            if (!input.interactive() && session.busy()) ctx.awaitSettled(session, session.settleMark());
            session.close();
        });
        if (input.interactive()) ctx.note(ShellText.BYE);
    }
}
