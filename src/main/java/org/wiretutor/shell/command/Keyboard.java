package org.wiretutor.shell.command;

/**
 * The person at the keyboard, if there is one: whether the shell reads a person or a script, and what Ctrl-C
 * abandons while a command waits (a slow connect, a running program, a silent server).
 */
public interface Keyboard {
    /** True for a person at a terminal; false for a script on standard input, which nobody watches. */
    boolean interactive();

    /** From now on Ctrl-C cancels {@code c}; {@code null} when the command no longer waits. */
    void waitingOn(Cancellable c);

    /** Something the learner may abandon with Ctrl-C, such as a slow connect. */
    interface Cancellable {
        void cancel();
    }
}
