package org.wiretutor.shell.command;

import java.util.List;

/**
 * One shell command: its words for help and completion, and what it does. A command is built with the few parts of
 * the shell it works with ({@link Output}, {@link Connection}, {@link Coursework}, {@link LearnerHome},
 * {@link Keyboard}), never with the whole shell.
 */
public interface Command {
    String name();

    default List<String> aliases() {
        return List.of();
    }

    /** e.g. {@code open HOST [PORT]} */
    String usage();

    /** One line for the command list. */
    String summary();

    /** A short paragraph for {@code help NAME}: what it does, and an example. */
    String help();

    /** Completions for argument {@code index} (0-based). */
    default List<String> candidates(int index) {
        return List.of();
    }

    /**
     * Completions for the next argument, given the arguments already typed before it and the word being typed: a
     * command whose options shift its arguments ({@code open --trickle 16:5 HOST}) looks at the first, one that
     * completes file names ({@code run ./sub/}) at the second, every other one at the count.
     */
    default List<String> candidates(List<String> before, String typed) {
        return candidates(before.size());
    }

    void run(List<String> args) throws UsageException;

    /** The learner used the command wrongly: say so, show usage, change nothing. */
    final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
