package org.wiretutor.check;

import java.util.List;
import java.util.Objects;

/**
 * Points at one character of one escaped line, the way a compiler points at a typo: learners see the byte they
 * got wrong instead of being told about it.
 *
 * @param line   one line of text, already escaped (no CR or LF in it)
 * @param column where the caret goes, counting from 0; may equal the length to point just past the end
 */
public record Caret(String line, int column) {

    public Caret {
        Objects.requireNonNull(line, "line");
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a caret line must be escaped to one line");
        }
        if (column < 0 || column > line.length()) {
            throw new IllegalArgumentException("column " + column + " outside 0.." + line.length());
        }
    }

    /** The line, then spaces and a {@code ^} under the column. */
    public List<String> render() {
        return List.of(line, " ".repeat(column) + "^");
    }
}
