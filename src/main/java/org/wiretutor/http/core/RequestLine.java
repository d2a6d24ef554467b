package org.wiretutor.http.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request line read into its parts, with every {@link Diagnosis} about its bytes: the one set of request-line
 * rules that the mirror, the shell, the lessons, the grader and the live view all use. Lenient: it always returns the
 * parts it can find (missing ones are empty) and lists each problem it sees, in the order a server checks them, so
 * the first that {@link ApacheRules} refuses is the one Apache answers. The parts are byte strings (one character per
 * byte, ISO-8859-1). Offsets in the diagnoses count from the start of the line.
 */
public record RequestLine(String method, String target, String version, List<Diagnosis> diagnoses) {

    /** The methods servers here know. */
    public static final Set<String> METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");
    private static final Pattern VERSION = Pattern.compile("HTTP/(\\d)\\.(\\d)");

    public RequestLine {
        method = method == null ? "" : method;
        target = target == null ? "" : target;
        version = version == null ? "" : version;
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
    }

    /** True if the line named an HTTP version; without one it is an HTTP/0.9-style request line. */
    public boolean hasVersion() {
        return !version.isEmpty();
    }

    /** True if nothing looked wrong. */
    public boolean isClean() {
        return diagnoses.isEmpty();
    }

    /** Whether a diagnosis of this kind was made. */
    public boolean has(DiagnosisKind kind) {
        return diagnoses.stream().anyMatch(d -> d.kind() == kind);
    }

    /** Each diagnosis in words, for display only. */
    public List<String> problems() {
        return diagnoses.stream().map(Diagnosis::words).toList();
    }

    /** Parses one line, with or without its line ending. Never throws. */
    public static RequestLine parse(String line) {
        List<Diagnosis> found = new ArrayList<>();
        if (line == null) {
            line = "";
        }
        boolean bareLf = false;
        if (line.endsWith("\r\n")) {
            line = line.substring(0, line.length() - 2);
        } else if (line.endsWith("\n")) {
            line = line.substring(0, line.length() - 1);
            bareLf = true;
        }
        if (line.isEmpty()) {
            if (bareLf) found.add(Diagnosis.at(DiagnosisKind.BARE_LF, 0, ""));
            found.add(Diagnosis.at(DiagnosisKind.EMPTY_REQUEST_LINE, -1, ""));
            return new RequestLine("", "", "", found);
        }
        int n = line.length();
        if (bareLf) {
            found.add(Diagnosis.at(DiagnosisKind.BARE_LF, n, ""));
        }
        for (int i = 0; i < n; i++) {
            if (line.charAt(i) == '\t') {
                found.add(Diagnosis.at(DiagnosisKind.TAB, i, "\t"));
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c != '\t' && (c < 0x20 || c == 0x7F)) {
                found.add(Diagnosis.at(DiagnosisKind.CONTROL_CHARACTER, i, String.valueOf(c)));
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c > 0x7F) {
                found.add(Diagnosis.at(DiagnosisKind.NON_ASCII, i, String.valueOf(c)));
                break;
            }
        }
        if (isBlank(line.charAt(0))) {
            found.add(Diagnosis.at(DiagnosisKind.LEADING_SPACE, 0, ""));
        }
        if (isBlank(line.charAt(n - 1))) {
            found.add(Diagnosis.at(DiagnosisKind.TRAILING_SPACE, n - 1, ""));
        }

        List<String> parts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < n && isBlank(line.charAt(i))) {
            i++;
        }
        while (i < n) {
            int start = i;
            while (i < n && !isBlank(line.charAt(i))) {
                i++;
            }
            parts.add(line.substring(start, i));
            starts.add(start);
            int gapStart = i;
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            if (i < n && i - gapStart > 1) {
                // the subject says between which parts: 1 method and target, 2 target and version, 3 after the version
                found.add(Diagnosis.at(DiagnosisKind.EXTRA_SPACE, gapStart + 1, Integer.toString(parts.size())));
            }
        }

        String method = parts.isEmpty() ? "" : parts.get(0);
        String target = parts.size() > 1 ? parts.get(1) : "";
        String version = "";
        int versionAt = -1;
        if (parts.size() >= 3) {
            version = parts.get(parts.size() - 1);
            versionAt = starts.get(parts.size() - 1);
            if (parts.size() > 3) {
                if (looksLikeVersion(version)) {
                    target = line.substring(starts.get(1), starts.get(parts.size() - 1)).strip();
                    found.add(Diagnosis.at(DiagnosisKind.SPACE_IN_TARGET, starts.get(2) - 1, target));
                } else {
                    version = parts.get(2);
                    versionAt = starts.get(2);
                    found.add(Diagnosis.at(DiagnosisKind.EXTRA_WORDS, starts.get(3),
                            String.join(" ", parts.subList(3, parts.size()))));
                }
            }
        } else if (parts.size() == 2 && looksLikeVersion(parts.get(1))) {
            version = parts.get(1);
            versionAt = starts.get(1);
            target = "";
        }

        checkMethod(method, found);
        checkTarget(method, target, parts.size() > 1 ? starts.get(1) : n, found);
        checkVersion(version, versionAt < 0 ? n : versionAt, found);
        return new RequestLine(method, target, version, found);
    }

    private static void checkMethod(String method, List<Diagnosis> found) {
        if (method.isEmpty()) {
            return;
        }
        String upper = method.toUpperCase(Locale.ROOT);
        if (!isToken(method)) {
            found.add(Diagnosis.at(DiagnosisKind.MALFORMED_METHOD, 0, method));
        } else if (!method.equals(upper) && METHODS.contains(upper)) {
            found.add(Diagnosis.at(DiagnosisKind.LOWERCASE_METHOD, 0, method));
        } else if (!METHODS.contains(method)) {
            found.add(Diagnosis.at(DiagnosisKind.UNKNOWN_METHOD, 0, method));
        }
    }

    private static void checkTarget(String method, String target, int at, List<Diagnosis> found) {
        if (target.isEmpty()) {
            found.add(Diagnosis.at(DiagnosisKind.NO_TARGET, at, ""));
            return;
        }
        boolean ok = target.startsWith("/") || target.startsWith("http://") || target.startsWith("https://")
                || target.equals("*") && method.equals("OPTIONS") || method.equals("CONNECT");
        if (!ok) {
            found.add(Diagnosis.at(DiagnosisKind.BAD_TARGET, at, target));
        }
    }

    private static void checkVersion(String version, int at, List<Diagnosis> found) {
        if (version.isEmpty()) {
            found.add(Diagnosis.at(DiagnosisKind.NO_VERSION, at, ""));
            return;
        }
        DiagnosisKind kind = versionProblem(version);
        if (kind != null) {
            found.add(Diagnosis.at(kind, at, version));
        }
    }

    /** What is wrong with a version as typed, or null for HTTP/1.0 and HTTP/1.1. */
    static DiagnosisKind versionProblem(String version) {
        if (version.equals("HTTP/1.0") || version.equals("HTTP/1.1")) {
            return null;
        }
        Matcher m = VERSION.matcher(version);
        if (m.matches()) {
            int major = m.group(1).charAt(0) - '0';
            return major >= 2 ? DiagnosisKind.UNSUPPORTED_VERSION
                    : major == 1 ? DiagnosisKind.UNKNOWN_MINOR_VERSION : DiagnosisKind.MALFORMED_VERSION;
        }
        if (VERSION.matcher(version.toUpperCase(Locale.ROOT)).matches()) {
            return DiagnosisKind.LOWERCASE_VERSION;
        }
        if (version.startsWith("HTTP/2") || version.startsWith("HTTP/3")) {
            return DiagnosisKind.UNSUPPORTED_VERSION;
        }
        return DiagnosisKind.MALFORMED_VERSION;
    }

    /** Whether a version is framed as {@code HTTP/d.d}, the only form a server reads. */
    static boolean wellFormedVersion(String version) {
        return VERSION.matcher(version).matches();
    }

    /** Whether every character may appear in a method or header name (RFC 9110's token). */
    static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeVersion(String s) {
        return s.regionMatches(true, 0, "HTTP/", 0, 5);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
