package org.wiretutor.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wiretutor.text.Escape;

/**
 * A request line as the learner typed it, checked byte by byte. Parsing is lenient: it always returns something and
 * lists each problem in plain words, because a typo in the request line is the most common mistake. Missing parts
 * are empty strings. The parts are byte strings (one character per byte, ISO-8859-1), the way the shell, the mirror
 * and the live view all decode a line, so a problem quotes exactly the bytes sent, through {@link Escape#latin1}.
 */
public record RequestLine(String method, String target, String version, List<String> problems) {

    private static final Set<String> METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

    public RequestLine {
        method = method == null ? "" : method;
        target = target == null ? "" : target;
        version = version == null ? "" : version;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** True if the line named an HTTP version; without one, servers answer HTTP/0.9 style. */
    public boolean hasVersion() {
        return !version.isEmpty();
    }

    /** True if nothing looked wrong. */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /** Parses one typed line, with or without its line ending. Never throws. */
    public static RequestLine parse(String line) {
        List<String> problems = new ArrayList<>();
        if (line == null) {
            line = "";
        }
        if (line.endsWith("\r\n")) {
            line = line.substring(0, line.length() - 2);
        } else if (line.endsWith("\n")) {
            line = line.substring(0, line.length() - 1);
            problems.add("the line ends with a bare LF (\\n); HTTP wants CR LF (\\r\\n), and Apache answers 400 otherwise");
        }
        if (line.isEmpty()) {
            problems.add("empty request line: type a method, a target and a version, e.g. GET /romeo.txt HTTP/1.0");
            return new RequestLine("", "", "", problems);
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                problems.add("a tab at position " + (i + 1) + "; only single spaces separate the parts");
                break;
            }
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\t' && (c < 0x20 || c == 0x7F)) {
                problems.add("a control character " + Escape.wire(new byte[] {(byte) c}) + " at position " + (i + 1));
                break;
            }
            if (c > 0x7E && c != 0x7F) {
                problems.add("a non-ASCII character '" + c + "' at position " + (i + 1)
                        + "; a request line is plain ASCII (encode others as %XX in the target)");
                break;
            }
        }
        if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
            problems.add("the line starts with a space; the method must come first");
        }
        if (line.endsWith(" ") || line.endsWith("\t")) {
            problems.add("a space at the end of the line, after the last part");
        }

        List<String> parts = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>(); // length of the whitespace run before each part (after the first)
        int i = 0;
        int n = line.length();
        while (i < n && isBlank(line.charAt(i))) {
            i++;
        }
        while (i < n) {
            int start = i;
            while (i < n && !isBlank(line.charAt(i))) {
                i++;
            }
            parts.add(line.substring(start, i));
            int gapStart = i;
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            if (i < n) {
                gaps.add(i - gapStart);
            }
        }
        String[] names = {"method and target", "target and version", "version and the next word"};
        for (int g = 0; g < gaps.size() && g < names.length; g++) {
            if (gaps.get(g) == 2) {
                problems.add("two spaces between " + names[g] + "; use exactly one");
            } else if (gaps.get(g) > 2) {
                problems.add(gaps.get(g) + " spaces between " + names[g] + "; use exactly one");
            }
        }

        String method = parts.isEmpty() ? "" : parts.get(0);
        String target = parts.size() > 1 ? parts.get(1) : "";
        String version = "";
        if (parts.size() >= 3) {
            version = parts.get(parts.size() - 1);
            if (parts.size() > 3) {
                if (looksLikeVersion(version)) {
                    target = String.join(" ", parts.subList(1, parts.size() - 1));
                    problems.add("a space inside the target; write a space in a URL as %20");
                } else {
                    version = parts.get(2);
                    problems.add("extra text after the version: \"" + String.join(" ", parts.subList(3, parts.size())) + "\"");
                }
            }
        } else if (parts.size() == 2 && looksLikeVersion(parts.get(1))) {
            version = parts.get(1);
            target = "";
        }

        checkMethod(method, problems);
        checkTarget(method, target, problems);
        checkVersion(version, problems);
        return new RequestLine(method, target, version, problems);
    }

    private static void checkMethod(String method, List<String> problems) {
        if (method.isEmpty()) {
            return;
        }
        String upper = method.toUpperCase(java.util.Locale.ROOT);
        if (!method.equals(upper) && METHODS.contains(upper)) {
            problems.add("lowercase method \"" + Escape.latin1(method) + "\": methods are case-sensitive, write " + upper
                    + " (servers answer 501 or 400 otherwise)");
        } else if (!METHODS.contains(method)) {
            problems.add("unknown method \"" + Escape.latin1(method) + "\"; the server will probably answer 501 Not Implemented");
        }
    }

    private static void checkTarget(String method, String target, List<String> problems) {
        if (target.isEmpty()) {
            problems.add("no request target: after the method comes the path, e.g. /romeo.txt");
            return;
        }
        boolean ok = target.startsWith("/") || target.startsWith("http://") || target.startsWith("https://")
                || target.equals("*") && method.equals("OPTIONS") || method.equals("CONNECT");
        if (!ok) {
            problems.add("the target \"" + Escape.latin1(target) + "\" should start with / (a path) or be a full http:// URL");
        }
    }

    private static void checkVersion(String version, List<String> problems) {
        if (version.isEmpty()) {
            problems.add("no HTTP version (the server will answer HTTP/0.9 style: just the body, no status line or headers)");
            return;
        }
        switch (version) {
            case "HTTP/1.0", "HTTP/1.1" -> {
            }
            case "HTTP/2", "HTTP/2.0", "HTTP/3", "HTTP/3.0" -> problems.add(version
                    + " cannot be typed as text: HTTP/2 and 3 are binary protocols; servers answer 505 or 400. Use HTTP/1.1 or HTTP/1.0");
            default -> {
                if (version.equalsIgnoreCase("HTTP/1.0") || version.equalsIgnoreCase("HTTP/1.1")) {
                    problems.add("the version is case-sensitive: write " + version.toUpperCase(java.util.Locale.ROOT));
                } else if (version.matches("HTTP/1\\.[0-9]")) {
                    problems.add("unknown version " + Escape.latin1(version) + "; servers treat it as HTTP/1.1");
                } else {
                    problems.add("unknown version \"" + Escape.latin1(version) + "\"; use HTTP/1.1 or HTTP/1.0");
                }
            }
        }
    }

    private static boolean looksLikeVersion(String s) {
        return s.regionMatches(true, 0, "HTTP/", 0, 5);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
