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
import org.wiretutor.shell.ShellContext;
import org.wiretutor.shell.ShellText;
import org.wiretutor.shell.screen.Styles;
import org.wiretutor.text.Escape;

/**
 * {@code source PROGRAM}: shows a course program's code with line numbers, a screenful at a time, so the learner can
 * read what {@code run} is about to do without leaving the shell. The code comes from a file, so it is shown escaped.
 */
public final class SourceCommand implements Command {
    /** A program longer than this is cut: course programs are short, and a huge file is no program to read here. */
    static final int MAX_BYTES = 256 * 1024;

    @Override public String name() { return "source"; }
    @Override public String usage() { return "source PROGRAM"; }
    @Override public String summary() { return "show the code of one of the course's programs"; }
    @Override public String help() {
        return "Shows the code of one of the course's programs with line numbers, a screenful at a time (Enter "
                + "for more, q to stop). It is the course's own copy: run runs your copy, which you may have "
                + "changed. Example: source socket1.py";
    }

    @Override
    public List<String> candidates(int index, ShellContext ctx) {
        return index == 0 ? ctx.course.course().programs().names() : List.of();
    }

    @Override
    public void run(List<String> args, ShellContext ctx) throws UsageException {
        CoursePrograms programs = ctx.course.course().programs();
        String known = String.join(", ", programs.names());
        if (programs.names().isEmpty()) throw new UsageException(ShellText.NO_PROGRAMS);
        if (args.isEmpty()) throw new UsageException(RunText.SOURCE_NEEDS_NAME.formatted(known));
        String name = args.get(0);
        Path file = programs.source(name).orElse(null);
        if (file == null) throw new UsageException(RunText.SOURCE_UNKNOWN.formatted(name, known));
        byte[] bytes;
        try (var in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES);
        } catch (IOException e) {
            ctx.error(RunText.SOURCE_UNREADABLE.formatted(name, e.getMessage()));
            return;
        }
        ctx.page(lines(name, new String(bytes, StandardCharsets.UTF_8)));
    }

    /** A heading, then each line numbered, its text escaped. */
    static List<AttributedString> lines(String name, String code) {
        List<String> source = new ArrayList<>(List.of(code.split("\r?\n", -1)));
        if (!source.isEmpty() && source.get(source.size() - 1).isEmpty()) source.remove(source.size() - 1);
        int digits = Integer.toString(Math.max(1, source.size())).length();
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedString(RunText.SOURCE_HEADING.formatted(name, source.size()), Styles.STRONG));
        for (int i = 0; i < source.size(); i++) {
            String number = String.format("%" + digits + "d", i + 1);
            // a backslash stays one backslash, so the code reads as written; controls and bidi marks are escaped
            String text = Escape.string(source.get(i).replace("\t", "    "));
            out.add(new AttributedStringBuilder().append(number + " │ ", Styles.DIM).append(text, Styles.CODE)
                    .toAttributedString());
        }
        return out;
    }
}
