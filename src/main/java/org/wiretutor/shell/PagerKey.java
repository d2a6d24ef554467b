package org.wiretutor.shell;

/** What one key pressed at the pager asks for, as in {@code less}. */
enum PagerKey {
    /** space (or f, Page Down): the next screenful */
    SCREEN,
    /** Enter (or j, down arrow): one more line */
    LINE,
    /** b (or Page Up): the screenful before */
    BACK,
    /** q (or Ctrl-C, Ctrl-D, end of input): stop paging */
    QUIT,
    /** any other key: the pager says which keys it knows and waits */
    OTHER;

    /** The key a character stands for; escape sequences are read by the terminal's source. */
    static PagerKey of(int c) {
        return switch (c) {
            case ' ', 'f', 'F' -> SCREEN;
            case '\r', '\n', 'j', 'J' -> LINE;
            case 'b', 'B' -> BACK;
            case 'q', 'Q', 3, 4, -1 -> QUIT;
            default -> OTHER;
        };
    }
}
