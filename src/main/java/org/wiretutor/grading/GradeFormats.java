package org.wiretutor.grading;

import java.util.List;
import org.wiretutor.check.Caret;
import org.wiretutor.text.Escape;

/**
 * Grades written for machines: JUnit XML, which CI servers and LMS importers already read, and JSON for
 * everything else. Both carry every check, its message and its caret.
 */
public final class GradeFormats {

    /** The JUnit XSD's timestamp: ISO 8601 without a fraction or a zone; ours are in UTC. */
    static final java.time.format.DateTimeFormatter TIMESTAMP = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

    private GradeFormats() {
    }

    public static String junitXml(List<Grade> grades) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int tests = grades.stream().mapToInt(Grade::total).sum();
        int failures = tests - grades.stream().mapToInt(Grade::passed).sum();
        x.append("<testsuites name=\"wiretutor\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\">\n");
        for (Grade g : grades) {
            x.append("  <testsuite name=\"").append(xml(g.exercise())).append("\" tests=\"").append(g.total())
                    .append("\" failures=\"").append(g.total() - g.passed()).append("\" errors=\"0\" timestamp=\"")
                    .append(TIMESTAMP.format(g.at())).append("\">\n");
            x.append("    <properties><property name=\"learner\" value=\"").append(xml(g.learner()))
                    .append("\"/></properties>\n");
            for (CheckResult c : g.checks()) {
                x.append("    <testcase classname=\"wiretutor.").append(xml(g.exercise())).append("\" name=\"")
                        .append(xml(c.name())).append('"');
                if (c.passed()) {
                    x.append("/>\n");
                    continue;
                }
                x.append(">\n      <failure message=\"").append(xml(c.message())).append("\">")
                        .append(xml(details(c))).append("</failure>\n    </testcase>\n");
            }
            x.append("    <system-out>").append(xml(g.programOutput())).append("</system-out>\n");
            x.append("  </testsuite>\n");
        }
        return x.append("</testsuites>\n").toString();
    }

    public static String json(List<Grade> grades) {
        StringBuilder j = new StringBuilder("{\"grades\":[");
        for (int i = 0; i < grades.size(); i++) {
            Grade g = grades.get(i);
            j.append(i == 0 ? "" : ",").append("{\"exercise\":").append(str(g.exercise()))
                    .append(",\"learner\":").append(str(g.learner()))
                    .append(",\"at\":").append(str(g.at().toString()))
                    .append(",\"passed\":").append(g.passed())
                    .append(",\"total\":").append(g.total())
                    .append(",\"checks\":[");
            for (int k = 0; k < g.checks().size(); k++) {
                CheckResult c = g.checks().get(k);
                j.append(k == 0 ? "" : ",").append("{\"name\":").append(str(c.name()))
                        .append(",\"passed\":").append(c.passed())
                        .append(",\"message\":").append(str(c.message()))
                        .append(",\"caret\":");
                if (c.caret().isPresent()) {
                    Caret caret = c.caret().get();
                    j.append("{\"line\":").append(str(caret.line())).append(",\"column\":").append(caret.column())
                            .append('}');
                } else {
                    j.append("null");
                }
                j.append('}');
            }
            j.append("],\"programOutput\":").append(str(g.programOutput())).append('}');
        }
        return j.append("]}").toString();
    }

    private static String details(CheckResult c) {
        return c.caret().map(caret -> c.message() + "\n" + String.join("\n", caret.render())).orElse(c.message());
    }

    /** Escapes for XML 1.0 text and attributes; characters XML cannot carry at all are shown as \\xNN. */
    static String xml(String given) {
        String s = Escape.string(given);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF
                            || Character.isSurrogate(c) && !validPair(s, i)) {
                        out.append(String.format("\\x%02X", (int) c & 0xFF));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    static String str(String given) {
        String s = Escape.string(given);
        StringBuilder out = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !validPair(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
