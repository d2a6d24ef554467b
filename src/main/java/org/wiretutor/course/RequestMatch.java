package org.wiretutor.course;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wiretutor.check.HeadReading;
import org.wiretutor.http.core.RequestParser;
import org.wiretutor.http.core.DiagnosisKind;
import org.wiretutor.mirror.pages.HttpDate;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * The properties a request must have, shared by checks on what the learner sent and on what a
 * program sent. Empty fields mean "any".
 *
 * @param endings "crlf" (every line CR LF), "lf" (every line a bare LF), or empty
 */
record RequestMatch(String method, List<String> targets, String version, List<String> headers,
                    List<String> noHeaders, String endings) {
    RequestMatch {
        targets = List.copyOf(targets);
        headers = List.copyOf(headers);
        noHeaders = List.copyOf(noHeaders);
    }

    /**
     * Why this request is not the one wanted, or empty when it is. Line endings are judged by the protocol core's
     * diagnoses of each line, as {@code head} read them.
     */
    Optional<String> mismatch(HeadReading head, String who) {
        var line = head.requestLine();
        if (!method.isEmpty() && !method.equals(line.method())) {
            // "get" for GET: the learner's method is the wanted one in the wrong case, which is another method
            String key = method.equalsIgnoreCase(line.method()) ? "course.req.method.case" : "course.req.method";
            return Optional.of(Messages.get(key, who, show(line.method()), method));
        }
        if (!targets.isEmpty() && !targets.contains(line.target())) {
            return Optional.of(Messages.get("course.req.target", who, show(line.target()), targets.get(0)));
        }
        if (!version.isEmpty() && !version.equals(line.version())) {
            return Optional.of(Messages.get("course.req.version", who, show(line.version()), version));
        }
        for (String h : headers) {
            int colon = h.indexOf(':');
            String name = colon < 0 ? h : h.substring(0, colon);
            var value = head.header(name);
            if (value.isEmpty()) return Optional.of(missing(head, who, name));
            // Name:a|b: one of the values, as in Host:data.pr4e.org|data.pr4e.org:80
            List<String> wanted = colon < 0 ? List.of() : List.of(h.substring(colon + 1).strip().split("\\|"));
            if (colon >= 0 && wanted.stream().noneMatch(w -> value.get().strip().equalsIgnoreCase(w.strip()))) {
                return Optional.of(Messages.get("course.req.header.value", who, name, Escape.latin1(value.get()),
                        wanted.get(0).strip()));
            }
            // a tag in typographic quotes (“…”, as a word processor or a phone types them) is no tag: its quotes
            // are other bytes than the " a tag is written with, so the server finds no tag and the reply says nothing
            if (TAGS.contains(name.toLowerCase(Locale.ROOT)) && CURLY.matcher(value.get()).find()) {
                return Optional.of(Messages.get("course.req.header.curlyQuotes", who, name, Escape.latin1(value.get())));
            }
            // a conditional date the server cannot read is ignored: the request asks nothing, whatever comes back
            if (DATES.contains(name.toLowerCase(Locale.ROOT))
                    && HttpDate.parse(value.get()).isEmpty()) {
                return Optional.of(Messages.get("course.req.header.notADate", who, name, Escape.latin1(value.get().strip())));
            }
        }
        for (String h : noHeaders) {
            if (head.header(h).isPresent()) return Optional.of(Messages.get("course.req.header.present", who, h));
        }
        if (endings.equals("lf") && !head.everyLine(DiagnosisKind.BARE_LF)) {
            return Optional.of(Messages.get("course.req.want.lf", who));
        }
        if (endings.equals("crlf") && head.has(DiagnosisKind.BARE_LF)) {
            return Optional.of(Messages.get("course.req.want.crlf", who));
        }
        return Optional.empty();
    }

    /**
     * Why a wanted header is missing: not sent, sent under a name typed near it ({@code Hots:} for Host), or not
     * reached: the blank line came right after the request line, or after other headers, and ended the request.
     */
    private static String missing(HeadReading head, String who, String name) {
        return head.lines().stream().flatMap(l -> l.diagnoses().stream())
                .filter(d -> d.meantHeader().filter(h -> h.is(name)).isPresent()).findFirst()
                .map(d -> Messages.get("course.req.header.missing.nearMiss", who, name, Escape.latin1(d.subject()),
                        d.meantHeader().orElseThrow().fieldName()))
                .orElseGet(() -> head.lines().size() <= 2
                        ? Messages.get("course.req.header.missing.endedEarly", who, name)
                        : head.fieldNames().isEmpty() || !endedByBlankLine(head)
                        ? Messages.get("course.req.header.missing", who, name)
                        : Messages.get("course.req.header.missing.after", who, name,
                                Escape.latin1(head.fieldNames().get(head.fieldNames().size() - 1))));
    }

    private static boolean endedByBlankLine(HeadReading head) {
        List<RequestParser.Line> lines = head.lines();
        return !lines.isEmpty() && lines.get(lines.size() - 1).role() == RequestParser.Role.BLANK_LINE;
    }

    /** The wanted request in a few words, each property wrapping the words before it. */
    String describe() {
        String s = method.isEmpty() ? Messages.get("course.describe.request")
                : Messages.get("course.describe.request.method", method);
        if (!targets.isEmpty()) s = Messages.get("course.describe.target", s, targets.get(0));
        if (!version.isEmpty()) s = Messages.get("course.describe.version", s, version);
        if (!headers.isEmpty()) {
            s = Messages.get("course.describe.headers", s, join("course.describe.and", headers.stream()
                    .map(RequestMatch::headerInWords).toList()));
        }
        if (!noHeaders.isEmpty()) {
            s = Messages.get("course.describe.no.headers", s, join("course.describe.or", noHeaders));
        }
        if (endings.equals("lf")) s = Messages.get("course.describe.lf", s);
        return s;
    }

    /** Headers whose value is a list of quoted entity tags. */
    private static final Set<String> TAGS = Set.of("if-none-match", "if-match");
    /** “ ” ‘ ’ in UTF-8, as the head's bytes read one character per byte. */
    private static final java.util.regex.Pattern CURLY = java.util.regex.Pattern.compile("\u00E2\u0080[\u0098\u0099\u009C\u009D]");

    /** Headers whose value is an HTTP date, which a server ignores when it cannot read it. */
    private static final Set<String> DATES = Set.of("if-modified-since", "if-unmodified-since");

    /** A wanted header as the learner types it: {@code Host: data.pr4e.org} for {@code Host:data.pr4e.org|…:80}. */
    private static String headerInWords(String wanted) {
        int colon = wanted.indexOf(':');
        if (colon < 0) return wanted;
        return wanted.substring(0, colon) + ": " + wanted.substring(colon + 1).split("\\|")[0].strip();
    }

    /** Names joined pairwise by the catalogue's {@code {0} and {1}} (or {@code or}). */
    private static String join(String key, List<String> names) {
        return names.stream().reduce((a, b) -> Messages.get(key, a, b)).orElse("");
    }

    private static String show(String part) {
        return part.isEmpty() ? Messages.get("course.req.nothing") : Escape.latin1(part);
    }
}
