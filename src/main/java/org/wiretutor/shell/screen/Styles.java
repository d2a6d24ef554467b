package org.wiretutor.shell.screen;

import org.jline.utils.AttributedStyle;

/** The few styles wiretutor uses, named for what they mark, so colour carries meaning consistently. */
public final class Styles {
    public static final AttributedStyle PLAIN = AttributedStyle.DEFAULT;
    public static final AttributedStyle HEADING = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    public static final AttributedStyle STRONG = AttributedStyle.BOLD;
    static final AttributedStyle EMPHASIS = AttributedStyle.DEFAULT.italic();
    public static final AttributedStyle CODE = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    public static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    /** Escaped bytes such as \r and \n inside wire text: visible, but quieter than the text. */
    static final AttributedStyle ESCAPE = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle SENT = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
    static final AttributedStyle RECEIVED = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    static final AttributedStyle LABEL = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    public static final AttributedStyle OK = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
    public static final AttributedStyle WARNING = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
    public static final AttributedStyle ERROR = AttributedStyle.BOLD.foreground(AttributedStyle.RED);
    public static final AttributedStyle PROMPT = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    public static final AttributedStyle WIRE_PROMPT = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);

    private Styles() {}
}
