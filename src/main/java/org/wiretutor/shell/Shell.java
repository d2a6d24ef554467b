package org.wiretutor.shell;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.wiretutor.course.CourseSession;
import org.wiretutor.course.Position;
import org.wiretutor.course.TypedAttempt;
import org.wiretutor.shell.command.Command;
import org.wiretutor.shell.command.Coursework;
import org.wiretutor.shell.command.TextCommand;
import org.wiretutor.shell.screen.Presenter;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.WireEvent;
import org.wiretutor.wire.WireSession;

/**
 * The read-run loop. Two modes: command mode runs wiretutor commands; wire mode (while connected) sends lines to
 * the server, and {@code ~} or Ctrl-] reaches commands. A line on the wire that begins with a command's name and is
 * no request ({@code wait 10}, {@code close}) runs that command rather than going out as a line the server
 * rejects: a novice who forgot the {@code ~} meant the command. {@code ~send} sends any text, such a line too.
 */
public final class Shell {
    /** The prompt for commands (a connection has its own, naming the server). */
    static final String PROMPT_TEXT = "wiretutor> ";

    private static final String COMMAND_PREFIX = "~";
    /** The command whose program is checked for a name surely mistyped before it runs. */
    private static final String RUN = "run";

    private final ShellParts parts;
    private final ShellOutput out;
    private final ShellConnection connection;
    private final LineSource input;
    private final ProgramNames programs;
    private boolean commandOnce;     // Ctrl-] pressed: one command, then back to the wire
    private String stash = "";
    /** What was typed at the command prompt before F2 showed the step again, put back on the next line. */
    private String restore = "";

    Shell(ShellParts parts, LineSource input) {
        this.parts = parts;
        this.out = parts.output();
        this.connection = parts.connection();
        this.input = input;
        this.programs = new ProgramNames(parts.runFolder(),
                () -> parts.coursework().course().course().programs().names());
        if (input.interactive()) {
            out.askers(this::ask, this::more);
            out.typist(this::typed);
        }
    }

    /** A line for a running program, typed at its own prompt (what it printed last without a line end). */
    private String typed(String prompt) throws InterruptedException {
        try {
            return input.readLine(new AttributedString(prompt), "");
        } catch (LineSource.Interrupted e) {
            throw new InterruptedException();
        }
    }

    /** The pager's prompt and the one key pressed at it: only a key that is not the pager's begins the next line. */
    private PagerKey more(String question) {
        return input.pagerKey(new AttributedString(question, Styles.DIM));
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
        while (!parts.quit().get()) {
            boolean wire = connection.wire().isPresent() && !commandOnce;
            if (commandOnce && connection.wire().isEmpty()) commandOnce = false;
            String line;
            try {
                String initial = wire ? stash : restore;
                if (wire) stash = "";
                else restore = "";
                boolean wireAsked = wire;
                // the prompt as it is when the line starts: the server may close the connection just before
                line = input.readLine(() -> prompt(wireAsked && connection.wire().isPresent()), initial);
            } catch (LineSource.Interrupted e) {
                commandOnce = false;
                continue;
            }
            if (line == null) break;
            // verdicts held for a reply that never came in full are told before anything else happens; a line that
            // goes on with a whole request on the wire is not that: the verdict on the request waits for its reply.
            // A miss on the request line alone is told now: the server did not answer it at once, and every line
            // typed after it is wasted on that connection. The blank line that ends the request is not wasted: the
            // reply it brings comes first, and the miss under it, in sight
            boolean goesOn = wire && !line.startsWith(COMMAND_PREFIX)
                    && connection.wire().map(WireSession::requestHeadOpen).orElse(false)
                    && (line.isEmpty() || !parts.coursework().view().holdingMissesOnly());
            if (!goesOn) parts.coursework().view().release();
            if (input.takeEscape()) {
                escape(wire);
                continue;
            }
            if (input.takeStepKey()) {
                // what was typed comes back on the next line, in whichever mode that is
                String typed = input.takeStash();
                commandLine("step");
                if (wire) stash = typed;
                else restore = typed;
                continue;
            }
            // the server may have closed while the line was typed: then it is a command after all
            if (wire && connection.wire().isEmpty()) wire = false;
            try {
                if (wire) wireLine(line);
                else commandLine(line);
            } catch (RuntimeException e) {
                out.error(Messages.get("shell.unexpected", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
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
            out.note(Messages.get("shell.commandMode"));
        } else if (commandOnce) {
            commandOnce = false;
            out.note(Messages.get("shell.backToWire"));
        }
    }

    boolean inWireMode() {
        return connection.wire().isPresent() && !commandOnce;
    }

    AttributedString prompt(boolean wire) {
        if (!input.interactive()) return AttributedString.EMPTY;
        if (wire) {
            WireSession s = connection.lastWire().orElseThrow();
            var route = s.route();
            String where = route.standsIn()
                    ? Messages.get("shell.prompt.via", route.target().toString(), route.classServer().orElseThrow().toString())
                    : route.viaMirror() ? Messages.get("shell.prompt.mirror", route.target().toString())
                    : route.target().toString();
            return new AttributedStringBuilder().append("[" + where + "] ", Styles.WIRE_PROMPT).toAttributedString();
        }
        return new AttributedString(PROMPT_TEXT, Styles.PROMPT);
    }

    private void wireLine(String line) {
        // mid-request, Enter is the blank line that ends it, whatever waits to be shown
        boolean ending = connection.wire().map(WireSession::requestHeadOpen).orElse(false);
        if (line.isEmpty() && !ending && (revealed() || parts.coursework().view().showPending())) return;
        if (line.startsWith(COMMAND_PREFIX + COMMAND_PREFIX)) {
            send(line.substring(1));
        } else if (line.equals(COMMAND_PREFIX + ".")) {
            commandLine("close");
        } else if (line.startsWith(COMMAND_PREFIX) && line.length() > 1) {
            commandLine(line.substring(1));
        } else if (line.equals(COMMAND_PREFIX)) {
            out.note(Messages.get("shell.doubleTildeTip"));
        } else if (commandWithoutTilde(line)) {
            // send does send: only its own bytes, as given, not the line
            out.note(firstWord(line).equals("send") ? Messages.get("shell.ranSend", Escape.string(line.strip()))
                    : Messages.get("shell.ranACommand", Escape.string(firstWord(line)), Escape.string(line.strip())));
            commandLine(line);
        } else {
            send(line);
        }
    }

    /** A line on the wire that names a command first and is no request: the command was meant, not a line to send. */
    private boolean commandWithoutTilde(String line) {
        String first = firstWord(line);
        return !first.isEmpty() && parts.commands().find(first).isPresent() && !RequestLike.looksLikeRequest(line);
    }

    private static String firstWord(String line) {
        return line.strip().split("\\s+", 2)[0];
    }

    private void send(String line) {
        WireSession session = connection.wire().orElse(null);
        if (session == null) {
            out.error(Messages.get("shell.notConnected"));
            return;
        }
        long mark = session.settleMark();
        WireEvent.Sent sent;
        try {
            sent = session.send(line);
        } catch (IOException e) {
            out.error(Messages.get("shell.sendFailed", e.getMessage()));
            return;
        }
        // "\r\n" typed out is four characters of text: the learner meant the line ending Enter sends
        if (line.contains("\\r") || line.contains("\\n")) out.note(Messages.get("shell.typedEscapes"));
        if (!input.interactive() && endsRequest(sent)) connection.awaitSettled(session, mark);
    }

    private static boolean endsRequest(WireEvent.Sent sent) {
        return sent.kind() == WireEvent.SentKind.BLANK_LINE || sent.kind() == WireEvent.SentKind.REQUEST_LINE_HTTP09;
    }

    private void commandLine(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() && (revealed() || parts.coursework().view().showPending())) return;
        if (trimmed.isEmpty()) {
            if (commandOnce) {
                commandOnce = false;
                out.note(Messages.get("shell.backToWire"));
            } else if (input.interactive() && readingStep()) {
                // every step that completes waits for Enter, so Enter is what a learner presses: on a step with
                // nothing to do but read, it moves on as next does (back returns)
                commandLine("next");
            } else if (input.interactive() && connection.wire().isEmpty() && parts.coursework().typed().isEmpty()
                    && parts.coursework().course().wantsAConnection()) {
                // the blank line a step asks for goes to a server: with none, say so rather than nothing
                out.note(Messages.get("shell.emptyNotConnected", parts.coursework().course().openLine()));
            }
            return;
        }
        if (trimmed.startsWith(COMMAND_PREFIX)) trimmed = trimmed.equals(COMMAND_PREFIX + ".") ? "close" : trimmed.substring(1);
        if (trimmed.isEmpty()) return;
        List<String> words = Arrays.asList(trimmed.split("\\s+"));
        String name = words.get(0);
        Optional<Command> command = parts.commands().find(name);
        if (command.isEmpty()) {
            unknown(trimmed, name);
            return;
        }
        commandOnce = false;
        if (command.get().name().equals(RUN)) {
            // the program surely meant, named before run says only that there is no such file
            Optional<String> misnamed = programs.misnamed(TextCommand.textAfterName(trimmed));
            if (misnamed.isPresent()) {
                out.error(misnamed.get());
                return;
            }
        }
        try {
            if (command.get() instanceof TextCommand text) text.runText(TextCommand.textAfterName(trimmed));
            else command.get().run(words.subList(1, words.size()));
        } catch (Command.UsageException e) {
            out.error(e.getMessage());
            out.note(Messages.get("shell.usage", command.get().usage(), command.get().name()));
        }
    }

    /**
     * True while the learner is on a lesson step with nothing to do but read, and the lesson is not over: there
     * Enter alone moves on.
     */
    private boolean readingStep() {
        Coursework coursework = parts.coursework();
        if (coursework.typed().isPresent()) return false;
        CourseSession course = coursework.course();
        Optional<Position> at = course.position();
        if (at.isEmpty() || !at.get().step().isReading()) return false;
        boolean lessonDone = course.states().stream()
                .anyMatch(state -> state.lesson().equals(at.get().lesson()) && state.finished());
        return !(lessonDone && at.get().isLast());
    }

    /** In presenter mode an empty line shows the next held part of a reply; true if it did. */
    private boolean revealed() {
        Presenter presenter = parts.presenter();
        if (!presenter.pending()) return false;
        presenter.revealNext();
        return true;
    }

    /** A line that names no command: what the learner probably meant, and the command that does it. */
    private void unknown(String line, String name) {
        Coursework coursework = parts.coursework();
        NotACommand advice = new NotACommand(parts.commands().all().stream().map(Command::name).toList(),
                () -> coursework.typed().map(TypedAttempt::asking).orElseGet(() -> coursework.course().asking()),
                number -> coursework.course().course().lesson(number).isPresent(), programs,
                typed -> connection.wire().isEmpty() && coursework.typed().isEmpty()
                        && coursework.course().wantsAConnection()
                        && coursework.course().stepLines().stream().anyMatch(typed::equalsIgnoreCase)
                        ? Optional.of(coursework.course().openLine()) : Optional.empty(),
                () -> coursework.typed().isEmpty() ? coursework.course().openLine() : "open data.pr4e.org 80");
        out.error(advice.advice(line, name, connection.wire().isPresent() ? COMMAND_PREFIX : ""));
    }

    private void finish() {
        parts.presenter().revealAll();
        connection.wire().ifPresent(session -> {
            if (!input.interactive() && session.busy()) connection.awaitSettled(session, session.settleMark());
            session.close();
        });
        if (input.interactive()) out.note(Messages.get("shell.bye"));
    }
}
