package org.wiretutor.classroom;

/** ANSI colour for the few things worth colouring on a projector, or nothing at all when {@code on} is false. */
record Paint(boolean on) {

    String mistake(String s) {
        return wrap("1;33", s);
    }

    String status(int status, String s) {
        return wrap(status >= 400 ? "1;31" : "1;32", s);
    }

    String quiet(String s) {
        return wrap("2", s);
    }

    private String wrap(String code, String s) {
        return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
