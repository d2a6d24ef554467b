package org.wiretutor.shell;

import org.jline.utils.AttributedStyle;

/** The few styles wiretutor uses, named for what they mark, so colour carries meaning consistently. */
final class Styles {
    static final AttributedStyle PLAIN = AttributedStyle.DEFAULT;
    static final AttributedStyle HEADING = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    static final AttributedStyle STRONG = AttributedStyle.BOLD;
    static final AttributedStyle EMPHASIS = AttributedStyle.DEFAULT.italic();
    static final AttributedStyle CODE = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    /** Escaped bytes such as \r and \n inside wire text: visible, but quieter than the text. */
    static final AttributedStyle ESCAPE = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle SENT = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
    static final AttributedStyle RECEIVED = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    static final AttributedStyle LABEL = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle OK = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
    static final AttributedStyle WARNING = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle ERROR = AttributedStyle.BOLD.foreground(AttributedStyle.RED);
    static final AttributedStyle PROMPT = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    static final AttributedStyle WIRE_PROMPT = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);

    private Styles() {}
}
