package org.wiretutor.shell.command;

import java.util.Locale;

/** A row of a listing ({@code lessons}, {@code exercises}): the number right-aligned, the title in a column. */
final class Row {
    private Row() {}

    /** {@code  12. Title…  state}: the title padded to {@code titleWidth} columns. */
    static String of(int number, int titleWidth, String title, String state) {
        return String.format(Locale.ROOT, "%3d. %-" + titleWidth + "s %s", number, title, state);
    }
}
