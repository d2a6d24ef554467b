package org.wiretutor.shell.screen;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.wiretutor.grading.CheckResult;
import org.wiretutor.grading.Grade;
import org.wiretutor.text.Messages;

/** A grade as the learner reads it: each check passed or failed, why, and where (a caret under the byte). */
public final class GradeView {
    private GradeView() {}

    public static List<AttributedString> lines(Grade grade, int width) {
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(Messages.get("shell.grade.header", grade.exercise(), grade.learner()), Styles.STRONG));
        for (CheckResult c : grade.checks()) {
            AttributedStringBuilder b = new AttributedStringBuilder()
                    .append(c.passed() ? "  ✓ " : "  ✗ ", c.passed() ? Styles.OK : Styles.ERROR)
                    .append(c.name(), Styles.STRONG);
            out.add(b.toAttributedString());
            if (!c.message().isEmpty()) {
                out.addAll(Wrap.wrap(new AttributedString(c.message(), c.passed() ? Styles.DIM : Styles.PLAIN), width,
                        "      "));
            }
            c.caret().ifPresent(caret -> {
                List<String> drawn = caret.render();
                for (int i = 0; i < drawn.size(); i++) {
                    out.add(new AttributedString("      " + drawn.get(i), i == 0 ? Styles.CODE : Styles.ERROR));
                }
            });
        }
        out.add(new AttributedString(Messages.get("shell.grade.score", grade.passed(), grade.total()),
                grade.allPassed() ? Styles.OK : Styles.WARNING));
        return out;
    }

    /** The same, as plain text lines: for the command line, files and CI logs. */
    public static List<String> plain(Grade grade) {
        return lines(grade, PlainScreen.WIDTH).stream().map(AttributedString::toString).toList();
    }
}
