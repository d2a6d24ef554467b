package org.wiretutor.shell;

import java.io.BufferedReader;
import java.io.IOException;
import org.jline.utils.AttributedString;

/** Lines from a pipe or file, no prompt, no echo: a scripted session. */
final class PlainLineSource implements LineSource {
    private final BufferedReader in;

    PlainLineSource(BufferedReader in) {
        this.in = in;
    }

    @Override
    public String readLine(AttributedString prompt, String initial) {
        try {
            return in.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public boolean takeEscape() {
        return false;
    }

    @Override
    public String takeStash() {
        return "";
    }

    /** A script is never paged; were it asked, it stops. */
    @Override
    public PagerKey pagerKey(AttributedString prompt) {
        return PagerKey.QUIT;
    }
}
