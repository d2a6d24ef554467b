package org.wiretutor.shell;

/**
 * What one key pressed at the pager asks for. The pager's own keys are the four its prompt names (as in {@code less});
 * a letter, digit or sign is the learner starting to type a command, which ends the pager and begins the next line.
 */
enum PagerKey {
    /** space (or Page Down): the next screenful */
    SCREEN,
    /** Enter (or the down arrow): one more line */
    LINE,
    /** b (or Page Up): the screenful before */
    BACK,
    /** q (or Ctrl-C, Ctrl-D, end of input): stop paging */
    QUIT,
    /** a character to type: stop paging as q does, and the character begins the next line */
    TYPED,
    /** any other key (an arrow, Tab, Escape): the pager says which keys it knows and waits */
    OTHER;

    /** The key a character stands for; escape sequences are read by the terminal's source. */
    static PagerKey of(int c) {
        return switch (c) {
            case ' ' -> SCREEN;
            case '\r', '\n' -> LINE;
            case 'b', 'B' -> BACK;
            case 'q', 'Q', 3, 4, -1 -> QUIT;
            default -> c > ' ' && c != 0x7f && !Character.isISOControl(c) ? TYPED : OTHER;
        };
    }
}
