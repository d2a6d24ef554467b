package org.wiretutor.shell.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.wiretutor.course.CoursePrograms;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * {@code source PROGRAM}: shows a course program's code with line numbers, a screenful at a time, so the learner can
 * read what {@code run} is about to do without leaving the shell. The code comes from a file, so it is shown escaped.
 */
public final class SourceCommand implements Command {
    /** A program longer than this is cut: course programs are short, and a huge file is no program to read here. */
    static final int MAX_BYTES = 256 * 1024;

    private static final String GUTTER = " │ ";
    private final Coursework coursework;
    private final Output out;

    public SourceCommand(Coursework coursework, Output out) {
        this.coursework = coursework;
        this.out = out;
    }

    @Override public String name() { return "source"; }
    @Override public String usage() { return Messages.get("shell.source.usage"); }
    @Override public String summary() { return Messages.get("shell.source.summary"); }
    @Override public String help() { return Messages.get("shell.source.help"); }

    @Override
    public List<String> candidates(int index) {
        return index == 0 ? coursework.course().course().programs().names() : List.of();
    }

    @Override
    public void run(List<String> args) throws UsageException {
        CoursePrograms programs = coursework.course().course().programs();
        String known = String.join(", ", programs.names());
        if (programs.names().isEmpty()) throw new UsageException(Messages.get("shell.run.noPrograms"));
        if (args.isEmpty()) throw new UsageException(Messages.get("shell.source.needsName", known));
        String name = args.get(0);
        Path file = programs.source(name).orElse(null);
        if (file == null) throw new UsageException(Messages.get("shell.source.unknown", name, known));
        byte[] bytes;
        try (var in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES);
        } catch (IOException e) {
            out.error(Messages.get("shell.source.unreadable", name, e.getMessage()));
            return;
        }
        out.page(lines(name, new String(bytes, StandardCharsets.UTF_8), out.screen().width()));
    }

    /**
     * A heading, then each line numbered, its text escaped; a line wider than the screen goes on in rows of its
     * own under the code, not at column 0, so the numbers stay alone in their gutter, broken after a word where
     * one ends in the second half of the row.
     */
    static List<AttributedString> lines(String name, String code, int width) {
        List<String> source = new ArrayList<>(List.of(code.split("\r?\n", -1)));
        if (!source.isEmpty() && source.get(source.size() - 1).isEmpty()) source.remove(source.size() - 1);
        int digits = Integer.toString(Math.max(1, source.size())).length();
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(Messages.get("shell.source.heading", name, source.size()), Styles.STRONG));
        for (int i = 0; i < source.size(); i++) {
            String number = String.format("%" + digits + "d", i + 1);
            // a backslash stays one backslash, so the code reads as written; controls and bidi marks are escaped
            String text = Escape.string(source.get(i).replace("\t", "    "));
            AttributedString shown = new AttributedString(text, Styles.CODE);
            int room = Math.max(20, width - digits - GUTTER.length());
            String gutter = number + GUTTER;
            int at = 0;
            // one column per character (no wide letters): a long comment breaks after a word, not inside one
            boolean narrow = shown.length() == shown.columnLength();
            do {
                int end = at + room;
                if (narrow && end < shown.length()) {
                    int space = text.lastIndexOf(' ', end - 1);
                    if (space > at + room / 2) end = space + 1;
                }
                AttributedString row = shown.columnSubSequence(at, end);
                out.add(new AttributedStringBuilder().append(gutter, Styles.DIM).append(row).toAttributedString());
                gutter = " ".repeat(digits) + GUTTER;
                at += Math.max(1, row.columnLength());
            } while (at < shown.columnLength());
        }
        return out;
    }
}
