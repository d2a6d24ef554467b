package org.wiretutor.grading;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.wiretutor.check.Caret;
import org.wiretutor.check.Check;
import org.wiretutor.check.Verdict;
import org.wiretutor.text.Escape;

/** Exercise 5: the output shows the document after the blank line, and no line of the head before it. */
final class BodyOnlyCheck implements Check<Evidence> {

    static final String NAME = "body-only";
    private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};

    @Override
    public Verdict judge(Evidence ev) {
        if (ev.reply().isEmpty()) {
            return Verdict.missed(GradingText.notChecked());
        }
        byte[] reply = ev.reply().get();
        int end = indexOf(reply, END_OF_HEAD);
        if (end < 0) {
            return Verdict.missed(GradingText.notChecked());
        }
        String head = new String(reply, 0, end, StandardCharsets.ISO_8859_1);
        List<String> headLines = Arrays.stream(head.split("\r\n")).filter(l -> !l.isBlank()).toList();
        String output = ev.main().output().replace("\r", "");
        int pieces = ev.spec().trickleHead() ? headLines.size() + 1 : 1;
        // the head came in pieces and the status line is missing from the output: the program cut at a blank line
        // it looked for only in the first piece, which held no more than the status line
        boolean firstPieceOnly = pieces > 1 && !headLines.isEmpty() && !output.contains(headLines.get(0));
        String[] printed = output.split("\n");
        for (String line : printed) {
            for (String h : headLines) {
                if (line.contains(h)) {
                    int at = line.indexOf(h);
                    String shown = Escape.wire(line.getBytes(StandardCharsets.UTF_8));
                    String before = Escape.wire(line.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    return Verdict.missed(firstPieceOnly ? GradingText.firstPieceOnly(pieces)
                                    : GradingText.headerShown(h),
                            new Caret(shown.length() > 200 ? shown.substring(0, 200) : shown,
                                    Math.min(before.length(), Math.min(200, shown.length()))));
                }
            }
        }
        byte[] body = Arrays.copyOfRange(reply, end + END_OF_HEAD.length, reply.length);
        Verdict shown = Shown.wholly(NAME, OutputMatch.of(ev.main().output(), body), GradingText.bodyOnlyOk(),
                ev.reveal());
        if (!shown.passed() && firstPieceOnly && !OutputMatch.of(ev.main().output(), body).found()
                && Crash.diagnose(ev.main().output()).isEmpty()) {
            return Verdict.missed(GradingText.firstPieceOnly(pieces));
        }
        return shown;
    }

    private static int indexOf(byte[] in, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= in.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (in[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
