package org.wiretutor.classroom;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The projector, for tests: keeps every line shown and lets a test wait, without sleeping, until the lines it
 * expects are there. Public so command tests in other packages can use it as their stdout.
 */
public final class Projector implements Consumer<String> {

    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void accept(String line) {
        lines.add(line);
        notifyAll();
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public synchronized String text() {
        return String.join("\n", lines);
    }

    /** Waits until {@code done} holds for the lines so far; fails after {@code timeout}, showing the screen. */
    public synchronized void await(Predicate<List<String>> done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(lines)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the screen never showed what was expected:\n" + String.join("\n", lines));
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Waits until at least {@code n} lines match. */
    public void awaitCount(Predicate<String> line, int n) throws InterruptedException {
        await(all -> all.stream().filter(line).count() >= n, Duration.ofSeconds(10));
    }

    /** A stream whose every printed line lands on this screen. */
    public PrintStream printStream() {
        return new PrintStream(new OutputStream() {
            private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                if (b == '\n') {
                    accept(pending.toString(StandardCharsets.UTF_8));
                    pending.reset();
                } else {
                    pending.write(b);
                }
            }
        }, true, StandardCharsets.UTF_8);
    }
}
