package org.wiretutor.shell;

import org.wiretutor.shell.command.Keyboard;

/** Whether a person types at this shell, and what Ctrl-C outside the line editor abandons. */
final class ShellKeyboard implements Keyboard {
    private final boolean interactive;
    private volatile Cancellable waiting;

    ShellKeyboard(boolean interactive) {
        this.interactive = interactive;
    }

    @Override
    public boolean interactive() {
        return interactive;
    }

    @Override
    public void waitingOn(Cancellable c) {
        waiting = c;
    }

    /** Ctrl-C outside the line editor: abandon whatever the shell is waiting for. */
    void interrupt() {
        Cancellable c = waiting;
        if (c != null) c.cancel();
    }
}
