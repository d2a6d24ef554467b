package org.wiretutor.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.wiretutor.course.CourseSession;
import org.wiretutor.shell.command.Command;
import org.wiretutor.shell.record.Recorder;
import org.wiretutor.shell.screen.CourseView;
import org.wiretutor.shell.screen.Presenter;
import org.wiretutor.shell.screen.Screen;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.shell.screen.Wrap;
import org.wiretutor.wire.Connector;
import org.wiretutor.wire.WaitPolicy;
import org.wiretutor.wire.WireSession;

/** What commands work with: the screen, the connection, the course. One per shell; no globals. */
public final class ShellContext {
    public final Screen screen;
    public final Connector connector;
    public final org.wiretutor.wire.MirrorHost mirror;
    public final WaitPolicy waits;
    public final CourseSession course;
    public final CourseView courseView;
    public final Path home;
    public final String version;
    public final boolean interactive;
    private final AtomicReference<WireSession> wire = new AtomicReference<>();
    private List<Command> commands = List.of();
    private org.wiretutor.grading.ExerciseCatalog exercises;
    private org.wiretutor.course.GradeBook grades;
    private java.time.Clock clock = java.time.Clock.systemUTC();
    private volatile boolean quit;
    private volatile Cancellable waiting;
    private volatile Runnable modeChanged = () -> { };
    private Presenter presenter;
    private double pace = 1.0;
    private final Thread shellThread = Thread.currentThread();
    private String typedAhead;
    private ShellOptions.Running running = ShellOptions.Running.standard();

    ShellContext(Screen screen, Connector connector, org.wiretutor.wire.MirrorHost mirror, WaitPolicy waits, CourseSession course, Path home,
                 String version, boolean interactive) {
        this.screen = screen;
        this.connector = connector;
        this.mirror = mirror;
        this.waits = waits;
        this.course = course;
        this.courseView = new CourseView(screen, this::page);
        this.home = home;
        this.version = version;
        this.interactive = interactive;
    }

    /** Something the learner may abandon with Ctrl-C, such as a slow connect. */
    public interface Cancellable {
        void cancel();
    }

    private java.util.function.Function<String, java.util.Optional<String>> asker = prompt -> java.util.Optional.empty();

    /** Asks the learner one question at the prompt (interactive shells only); empty if they gave no answer. */
    public java.util.Optional<String> ask(String question) {
        return asker.apply(question);
    }

    void asker(java.util.function.Function<String, java.util.Optional<String>> a) {
        asker = a;
    }

    private java.util.function.Function<String, String> moreAsker = prompt -> "";

    /** How the pager asks whether to go on: "" goes on, "q" stops, other text stops and is run next. */
    void moreAsker(java.util.function.Function<String, String> a) {
        moreAsker = a;
    }

    private volatile org.wiretutor.course.TypedAttempt typed;
    private volatile org.wiretutor.course.TypedAttempt paused;

    /** The typed exercise the learner is working on in this session, if any. */
    public java.util.Optional<org.wiretutor.course.TypedAttempt> typed() {
        return java.util.Optional.ofNullable(typed);
    }

    /** Starts working on a typed exercise (or on none); an exercise left with {@link #leaveTyped} is forgotten. */
    public void typed(org.wiretutor.course.TypedAttempt attempt) {
        typed = attempt;
        paused = null;
    }

    /** Goes back to the lessons: the typed exercise stops counting, but is kept to resume ({@link #resumable}). */
    public void leaveTyped() {
        var t = typed;
        if (t == null) return;
        paused = t;
        typed = null;
    }

    /** The attempt at this exercise from earlier in the session, active or left, to carry on with. */
    public java.util.Optional<org.wiretutor.course.TypedAttempt> resumable(String exerciseId) {
        var t = typed != null ? typed : paused;
        return java.util.Optional.ofNullable(t).filter(a -> a.exerciseId().equals(exerciseId));
    }

    /**
     * Lets what the learner is working on judge something that happened: the typed exercise while one is
     * active, else the lesson. One of them, never both, so their feedback cannot disagree.
     */
    public void judge(org.wiretutor.course.Observation observation) {
        judge(observation, false);
    }

    /** As {@link #judge(org.wiretutor.course.Observation)}; {@code afterReply}: a passed step waits for Enter. */
    public void judge(org.wiretutor.course.Observation observation, boolean afterReply) {
        if (typed != null) judgeTyped(observation);
        else courseView.events(course.observe(observation), course, afterReply);
    }

    /** Lets the typed exercise judge something that happened; reports what it says and records the score. */
    public void judgeTyped(org.wiretutor.course.Observation observation) {
        var attempt = typed;
        if (attempt == null) return;
        var outcome = attempt.observe(observation);
        for (var line : outcome.lines()) {
            switch (line.tone()) {
                case RIGHT -> styled(ShellText.ANSWER_RIGHT.formatted(line.text()), Styles.OK);
                case MISSED -> styled(ShellText.MISSED.formatted(line.text()), Styles.WARNING);
                case NOTE -> info(line.text());
            }
        }
        if (!outcome.completed().isEmpty()) {
            var learner = grades.learner();
            if (learner.isEmpty()) {
                error(ShellText.GRADE_NOT_SAVED.formatted(ShellText.NO_LEARNER_YET));
            } else {
                var parts = attempt.exercise().parts();
                var marks = new java.util.ArrayList<org.wiretutor.course.GradeBook.Mark>();
                for (int i = 0; i < parts.size(); i++) {
                    marks.add(new org.wiretutor.course.GradeBook.Mark(parts.get(i).title(), attempt.done(i)));
                }
                try {
                    grades.record(new org.wiretutor.course.GradeBook.Try(learner.get(), attempt.exerciseId(),
                            clock.instant(), attempt.passed(), attempt.total(), marks, "", List.of(), version));
                } catch (java.io.IOException e) {
                    error(ShellText.GRADE_NOT_SAVED.formatted(e.getMessage()));
                }
            }
            if (attempt.passed() == attempt.total()) styled(ShellText.TYPED_DONE, Styles.OK);
        }
    }

    /**
     * Which files the mirror serves: the course's own for lessons, the learner's variant while they
     * work on an exercise. Switching closes the mirror's open connections, so the learner is told.
     */
    public void serveFiles(org.wiretutor.mirror.pages.MirrorFiles files) {
        boolean wasConnected = wire().map(w -> w.route().viaMirror()).orElse(false);
        if (mirror.serve(files) && wasConnected) note(ShellText.MIRROR_SWITCHED);
    }

    void exercises(org.wiretutor.grading.ExerciseCatalog catalog, org.wiretutor.course.GradeBook book,
                   java.time.Clock clock) {
        this.exercises = catalog;
        this.grades = book;
        this.clock = clock;
    }

    public org.wiretutor.grading.ExerciseCatalog exercises() {
        return exercises;
    }

    public org.wiretutor.course.GradeBook grades() {
        return grades;
    }

    public java.time.Clock clock() {
        return clock;
    }

    /** Where {@code run} finds and starts the learner's own programs, and how long they may run. */
    public ShellOptions.Running running() {
        return running;
    }

    void running(ShellOptions.Running r) {
        running = r;
    }

    void commands(List<Command> all) {
        this.commands = List.copyOf(all);
    }

    public List<Command> commands() {
        return commands;
    }

    public Optional<Command> command(String word) {
        return commands.stream()
                .filter(c -> c.name().equals(word) || c.aliases().contains(word))
                .findFirst();
    }

    public Optional<WireSession> wire() {
        WireSession s = wire.get();
        return s != null && s.isOpen() ? Optional.of(s) : Optional.empty();
    }

    /** The session whose exchanges {@code show} displays, even after it closed. */
    public Optional<WireSession> lastWire() {
        return Optional.ofNullable(wire.get());
    }

    public void wire(WireSession session) {
        wire.set(session);
    }

    /** Presenter mode: replies revealed part by part. Absent in tests that build a bare context. */
    public java.util.Optional<Presenter> presenter() {
        return java.util.Optional.ofNullable(presenter);
    }

    void presenter(Presenter p, double pace) {
        presenter = p;
        this.pace = pace;
    }

    /** How many times slower than real life replay shows a reply arriving. */
    public double pace() {
        return pace;
    }

    /** Called when the connection closes by itself, so a waiting prompt can change back. */
    void onModeChange(Runnable r) {
        modeChanged = r;
    }

    public void modeChanged() {
        modeChanged.run();
    }

    public void quit() {
        quit = true;
    }

    boolean quitting() {
        return quit;
    }

    public void waitingOn(Cancellable c) {
        waiting = c;
    }

    /** Ctrl-C outside the line editor: abandon whatever the shell is waiting for. */
    void interrupt() {
        Cancellable c = waiting;
        if (c != null) c.cancel();
    }

    /** For scripts: wait until the connection comes to rest, so output stays complete and in order. */
    public boolean awaitSettled(WireSession session, long mark) {
        return awaitSettled(session, mark, Shell.SCRIPT_WAIT);
    }

    /** Waits for the connection to come to rest; Ctrl-C ends the wait early. */
    public boolean awaitSettled(WireSession session, long mark, java.time.Duration max) {
        Thread waiter = Thread.currentThread();
        waitingOn(waiter::interrupt);
        try {
            return session.awaitSettled(mark, max);
        } catch (InterruptedException e) {
            note(ShellText.INTERRUPTED);
            return false;
        } finally {
            waitingOn(null);
            Thread.interrupted();
        }
    }

    /**
     * Long output a screen at a time, like {@code more}: Enter shows the next screenful, q stops.
     * Where nothing scrolls out of sight (a pipe, a script) it all goes out at once.
     */
    public void page(List<AttributedString> lines) {
        int rows = screen.height() - 2;
        // only the shell's own thread may read the keyboard; what the wire says is never held
        if (!interactive || rows < 5 || lines.size() <= rows + 1 || Thread.currentThread() != shellThread) {
            screen.show(lines);
            return;
        }
        int shown = 0;
        while (shown < lines.size()) {
            int end = Math.min(lines.size(), shown + rows);
            screen.show(lines.subList(shown, end));
            shown = end;
            if (shown == lines.size()) break;
            String said = moreAsker.apply(ShellText.PAGER_MORE.formatted(shown, lines.size()));
            if (!said.isEmpty()) {
                // q stops; anything else stops too, and is run as if typed at the prompt
                if (!said.equalsIgnoreCase("q")) typedAhead = said;
                note(ShellText.PAGER_STOPPED.formatted(lines.size() - shown));
                break;
            }
        }
    }

    /** A line typed at a pager's prompt that was not for the pager: the shell runs it next. */
    Optional<String> takeTypedAhead() {
        String line = typedAhead;
        typedAhead = null;
        return Optional.ofNullable(line);
    }

    public void info(String text) {
        screen.say(text);
    }

    public void note(String text) {
        screen.show(Wrap.wrap(new AttributedString(text, Styles.DIM), screen.width(), ""));
    }

    void styledWarning(String text) {
        styled(text, Styles.WARNING);
    }

    public void error(String text) {
        screen.show(Wrap.wrap(new AttributedString(text, Styles.ERROR), screen.width(), ""));
    }

    public void styled(String text, AttributedStyle style) {
        screen.show(Wrap.wrap(new AttributedString(text, style), screen.width(), ""));
    }

    private volatile Recorder recorder;

    /** The session's recorder; absent in contexts built without one (some tests). */
    public Optional<Recorder> recorder() {
        return Optional.ofNullable(recorder);
    }

    void recorder(Recorder r) {
        recorder = r;
    }
}
