package org.wiretutor.text;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Standard output for the command-line tools ({@code lint}, {@code check}, {@code report}, ...): every string printed
 * goes through {@link Escape#string} first, so a lesson file, a graded program's traceback or a stored id cannot
 * drive the terminal that runs them, even on a path whose text was not escaped where it was quoted.
 */
public final class SafePrintStream extends PrintStream {
    public SafePrintStream(OutputStream out, Charset charset) {
        super(out, true, charset);
    }

    @Override
    public void print(String s) {
        super.print(Escape.string(String.valueOf(s)));
    }

    @Override
    public void print(Object o) {
        print(String.valueOf(o));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }

    @Override
    public void println(String s) {
        synchronized (this) {
            print(s);
            println();
        }
    }

    @Override
    public void println(Object o) {
        println(String.valueOf(o));
    }
}
