package org.wiretutor.course;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wiretutor.text.Messages;

/** Turns an {@code @check KIND key=value...} directive into a {@link StepCheck}, or says what is wrong with it. */
final class CheckFactory {
    static final List<String> KINDS = List.of("connected", "request-line", "blank-line", "request", "reply",
            "server-closed", "waited", "program", "mirror-received", "answer");

    private CheckFactory() {}

    static StepCheck create(Directive d, String source) throws LessonFormatException {
        String kind = d.firstWord();
        Map<String, String> args = d.arguments(source);
        return switch (kind) {
            case "connected" -> {
                allow(d, source, kind, args, "host", "port");
                yield new ConnectedCheck(required(d, source, kind, args, "host"),
                        number(d, source, args, "port", 80));
            }
            case "request-line" -> {
                allow(d, source, kind, args, "method", "target", "version", "spaces");
                List<String> targets = Arrays.asList(required(d, source, kind, args, "target").split("\\|"));
                int spaces = number(d, source, args, "spaces", 1);
                if (spaces < 1 || spaces > 9) {
                    throw new LessonFormatException(source, d.line(), Messages.get("course.bad.spaces", spaces));
                }
                yield new RequestLineCheck(args.getOrDefault("method", "GET"), targets,
                        args.getOrDefault("version", "HTTP/1.0"), spaces);
            }
            case "blank-line" -> {
                allow(d, source, kind, args);
                yield new BlankLineCheck();
            }
            case "reply" -> {
                allow(d, source, kind, args, "status", "header");
                yield new ReplyCheck(number(d, source, args, "status", 0), list(args.get("header")));
            }
            case "request" -> {
                allow(d, source, kind, args, "method", "target", "version", "header", "no-header", "endings",
                        "connection");
                String connection = args.getOrDefault("connection", "any");
                if (!connection.equals("any") && !connection.equals("same")) {
                    throw new LessonFormatException(source, d.line(), Messages.get("course.bad.connection", connection));
                }
                yield new RequestCheck(match(d, source, args), connection.equals("same"));
            }
            case "mirror-received" -> {
                allow(d, source, kind, args, "method", "target", "version", "header", "no-header", "endings");
                yield new MirrorReceivedCheck(match(d, source, args));
            }
            case "waited" -> {
                allow(d, source, kind, args);
                yield new WaitedCheck();
            }
            case "program" -> {
                allow(d, source, kind, args, "name", "exit", "output");
                yield new ProgramCheck(required(d, source, kind, args, "name"),
                        args.containsKey("exit") ? number(d, source, args, "exit", 0) : null,
                        args.getOrDefault("output", ""));
            }
            case "answer" -> {
                allow(d, source, kind, args, "accept", "field", "loose", "about", "wrong", "reason", "why", "wrong2",
                        "reason2", "wrong3", "reason3", "wrong4", "reason4");
                String loose = args.getOrDefault("loose", "false");
                if (!loose.equals("true") && !loose.equals("false")) {
                    throw new LessonFormatException(source, d.line(), Messages.get("course.bad.loose", loose));
                }
                String wrong = args.getOrDefault("wrong", "");
                String reason = args.getOrDefault("reason", "");
                if (wrong.isEmpty() != reason.isEmpty()) {
                    throw new LessonFormatException(source, d.line(), Messages.get("course.bad.wrong"));
                }
                // wrong2=… reason2=…: more wrong answers, each group with a reason of its own
                List<String> wrongs = new java.util.ArrayList<>(wrong.isEmpty() ? List.of() : Arrays.asList(wrong.split("\\|")));
                Map<String, String> reasons = new java.util.LinkedHashMap<>();
                for (int n = 2; n <= 4; n++) {
                    String more = args.getOrDefault("wrong" + n, "");
                    String why = args.getOrDefault("reason" + n, "");
                    if (more.isEmpty() != why.isEmpty() || !more.isEmpty() && wrong.isEmpty()) {
                        throw new LessonFormatException(source, d.line(), Messages.get("course.bad.wrongN", n));
                    }
                    for (String answer : more.isEmpty() ? new String[0] : more.split("\\|")) {
                        wrongs.add(answer);
                        reasons.put(answer, why);
                    }
                }
                yield new AnswerCheck(Arrays.asList(required(d, source, kind, args, "accept").split("\\|")),
                        args.getOrDefault("field", ""), loose.equals("true"), args.getOrDefault("about", ""),
                        wrongs, reason, args.getOrDefault("why", ""), reasons);
            }
            case "server-closed" -> {
                allow(d, source, kind, args, "reply");
                String reply = args.getOrDefault("reply", "any");
                if (!reply.equals("any") && !reply.equals("none")) {
                    throw new LessonFormatException(source, d.line(), Messages.get("course.bad.reply", reply));
                }
                yield new ServerClosedCheck(reply.equals("none"));
            }
            default -> throw new LessonFormatException(source, d.line(),
                    Messages.get("course.unknown.check", kind, String.join(", ", KINDS)));
        };
    }

    private static RequestMatch match(Directive d, String source, Map<String, String> args)
            throws LessonFormatException {
        String endings = args.getOrDefault("endings", "");
        if (!endings.isEmpty() && !endings.equals("crlf") && !endings.equals("lf")) {
            throw new LessonFormatException(source, d.line(), Messages.get("course.bad.endings", endings));
        }
        String target = args.getOrDefault("target", "");
        return new RequestMatch(args.getOrDefault("method", ""), target.isEmpty() ? List.of() : Arrays.asList(target.split("\\|")),
                args.getOrDefault("version", ""), list(args.get("header")), list(args.get("no-header")), endings);
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) return List.of();
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void allow(Directive d, String source, String kind, Map<String, String> args, String... keys)
            throws LessonFormatException {
        Set<String> allowed = Set.of(keys);
        for (String key : args.keySet()) {
            if (!allowed.contains(key)) {
                throw new LessonFormatException(source, d.line(), Messages.get("course.unknown.argument", kind, key));
            }
        }
    }

    private static String required(Directive d, String source, String kind, Map<String, String> args, String key)
            throws LessonFormatException {
        String v = args.get(key);
        if (v == null || v.isEmpty()) {
            throw new LessonFormatException(source, d.line(), Messages.get("course.missing.argument", kind, key));
        }
        return v;
    }

    private static int number(Directive d, String source, Map<String, String> args, String key, int otherwise)
            throws LessonFormatException {
        String v = args.get(key);
        if (v == null) return otherwise;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new LessonFormatException(source, d.line(), Messages.get("course.bad.number", key, v));
        }
    }
}
