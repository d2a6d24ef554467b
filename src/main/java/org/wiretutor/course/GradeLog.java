package org.wiretutor.course;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.wiretutor.text.Messages;

/**
 * The text of a grade log: one line per event, in the order they happened. A line is a kind ({@code try} or
 * {@code reset}) and tab-separated {@code key=value} fields; values are percent-encoded (UTF-8), so they never hold a
 * tab, a line break, or the separators {@code , : =}. Lines are only ever added, so logs from many folders merge by
 * putting their lines together. {@code exercises/README.md} documents the format.
 */
final class GradeLog {
    static final String HEADER = "# wiretutor grade log, format 2: one line per try or reset; see exercises/README.md";
    static final String SUFFIX = ".log";
    static final String NONE_FOUND = "none";

    private GradeLog() {}

    /** Something a log line says. */
    sealed interface Event permits GradeBook.Try, Reset, Legacy {
        String learner();

        String exercise();

        Instant at();
    }

    /** Everything before {@code at} for this learner and exercise is forgotten ({@code reset N} in the shell). */
    record Reset(String learner, String exercise, Instant at) implements Event {}

    /** An exercise's record from a grades.properties written before format 2: best, last and tries only. */
    record Legacy(String learner, String exercise, int best, int last, int total, int tries, Instant at) implements Event {}

    static String line(Event e) {
        if (e instanceof GradeBook.Try t) {
            StringBuilder checks = new StringBuilder();
            for (GradeBook.Mark m : t.checks()) {
                checks.append(checks.isEmpty() ? "" : ",").append(encode(m.name())).append(m.passed() ? ":pass" : ":fail");
            }
            StringBuilder sources = new StringBuilder();
            for (GradeBook.Source s : t.sources()) {
                sources.append(sources.isEmpty() ? "" : ",").append(encode(s.name())).append(":sha256:").append(s.sha256());
            }
            return "try\tlearner=" + t.learner() + "\texercise=" + encode(t.exercise()) + "\tat=" + t.at()
                    + "\tscore=" + t.passed() + "/" + t.total() + "\tchecks=" + checks + "\tcommand=" + encode(t.command())
                    + "\tsources=" + (sources.isEmpty() ? NONE_FOUND : sources) + "\tversion=" + encode(t.version());
        }
        if (e instanceof Reset r) {
            return "reset\tlearner=" + r.learner() + "\texercise=" + encode(r.exercise()) + "\tat=" + r.at();
        }
        throw new IllegalArgumentException("legacy records are never written");
    }

    /** What a set of files says, with what could not be read told once per file. */
    static final class Reader {
        private final Consumer<String> notice;
        private final java.util.Set<String> told;

        Reader(Consumer<String> notice, java.util.Set<String> told) {
            this.notice = notice;
            this.told = told;
        }

        private void tell(String text) {
            if (told.add(text)) notice.accept(text);
        }

        /** The events of one log file. */
        List<Event> log(Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                tell(Messages.get("course.grades.unreadable", file));
                return List.of();
            }
            return lines(file.toString(), lines);
        }

        List<Event> lines(String where, List<String> lines) {
            List<Event> out = new ArrayList<>();
            int badIds = 0;
            int bad = 0;
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) continue;
                try {
                    out.add(parse(line));
                } catch (BadLearner e) {
                    badIds++;
                } catch (RuntimeException e) {
                    bad++;
                }
            }
            if (badIds > 0) tell(Messages.get("course.grades.bad.learner", where, badIds));
            if (bad > 0) tell(Messages.get("course.grades.bad.lines", where, bad));
            return out;
        }

        /** A grades.properties of format 1: its results belong to the learner id stored in it. */
        List<Event> legacy(Path file, Properties p) {
            List<Event> out = new ArrayList<>();
            Optional<String> owner = GradeBook.fold(p.getProperty("learner"));
            for (String key : p.stringPropertyNames()) {
                if (!key.endsWith(".total")) continue;
                String ex = key.substring(0, key.length() - ".total".length());
                if (owner.isEmpty()) {
                    tell(Messages.get("course.grades.legacy.no.learner", file));
                    return List.of();
                }
                if (!GradeBook.validExercise(ex)) continue;
                out.add(new Legacy(owner.get(), ex, Integer.parseInt(p.getProperty(ex + ".best", "0")),
                        Integer.parseInt(p.getProperty(ex + ".last", "0")), Integer.parseInt(p.getProperty(key)),
                        Integer.parseInt(p.getProperty(ex + ".tries", "0")),
                        Instant.parse(p.getProperty(ex + ".at", Instant.EPOCH.toString()))));
            }
            return out;
        }

        /** Every log in a folder (a home's {@code grades}, or a folder of collected logs). */
        List<Event> folder(Path dir) {
            if (!Files.isDirectory(dir)) return List.of();
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> logs = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f))
                        .sorted().toList();
                List<Event> out = new ArrayList<>();
                for (Path f : logs) out.addAll(log(f));
                return out;
            } catch (IOException e) {
                tell(Messages.get("course.grades.unreadable", dir));
                return List.of();
            }
        }
    }

    private static final class BadLearner extends IllegalArgumentException {
        BadLearner() {
            super("learner");
        }
    }

    static Event parse(String line) {
        String[] parts = line.split("\t");
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq < 1) throw new IllegalArgumentException("field");
            f.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
        }
        String learner = GradeBook.fold(decode(need(f, "learner"))).orElseThrow(BadLearner::new);
        String exercise = decode(need(f, "exercise"));
        if (!GradeBook.validExercise(exercise)) throw new IllegalArgumentException("exercise");
        Instant at = Instant.parse(need(f, "at"));
        switch (parts[0]) {
            case "reset":
                return new Reset(learner, exercise, at);
            case "try":
                String[] score = need(f, "score").split("/", -1);
                int passed = Integer.parseInt(score[0]);
                int total = Integer.parseInt(score[1]);
                if (score.length != 2 || passed < 0 || total < 0 || passed > total || total > 1000) {
                    throw new IllegalArgumentException("score");
                }
                List<GradeBook.Mark> checks = new ArrayList<>();
                String c = need(f, "checks");
                if (!c.isEmpty()) {
                    for (String one : c.split(",", -1)) {
                        String[] nv = one.split(":", -1);
                        if (nv.length != 2 || !nv[1].equals("pass") && !nv[1].equals("fail")) {
                            throw new IllegalArgumentException("check");
                        }
                        checks.add(new GradeBook.Mark(decode(nv[0]), nv[1].equals("pass")));
                    }
                }
                List<GradeBook.Source> sources = new ArrayList<>();
                String s = need(f, "sources");
                if (!s.equals(NONE_FOUND)) {
                    for (String one : s.split(",", -1)) {
                        String[] ns = one.split(":", -1);
                        if (ns.length != 3 || !ns[1].equals("sha256") || !ns[2].matches("[0-9a-f]{64}")) {
                            throw new IllegalArgumentException("source");
                        }
                        sources.add(new GradeBook.Source(decode(ns[0]), ns[2]));
                    }
                }
                return new GradeBook.Try(learner, exercise, at, passed, total, checks, decode(need(f, "command")),
                        sources, decode(need(f, "version")));
            default:
                throw new IllegalArgumentException("kind");
        }
    }

    private static String need(Map<String, String> fields, String key) {
        String v = fields.get(key);
        if (v == null) throw new IllegalArgumentException(key);
        return v;
    }

    /** Percent-encodes everything but printable ASCII letters, digits and {@code . _ - / + ~ @}. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ".-_/+~@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    static String decode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) throw new IllegalArgumentException("escape");
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c < 0x21 || c > 0x7E) {
                throw new IllegalArgumentException("raw character");
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
