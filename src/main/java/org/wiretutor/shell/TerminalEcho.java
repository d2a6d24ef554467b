package org.wiretutor.shell;

import java.lang.reflect.Method;

/**
 * The terminal's echo, switched through the JDK's own console code ({@code java.io.Console.echo}, the
 * native call behind {@code readPassword}): no subprocess and no native library to unpack, so it is
 * ready a few milliseconds after the JVM starts, long before JLine is. The jar's manifest opens
 * {@code java.io} for it; anywhere it is not open (a test's class path) it reports {@code false}
 * and the caller does without.
 */
final class TerminalEcho {
    private TerminalEcho() {}

    /** Turns echo on or off; {@code false} when that could not be done, and nothing changed. */
    static boolean set(boolean on) {
        try {
            Method echo = java.io.Console.class.getDeclaredMethod("echo", boolean.class);
            echo.setAccessible(true);
            echo.invoke(null, on);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
