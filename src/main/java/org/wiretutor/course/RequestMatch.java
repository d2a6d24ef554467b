package org.wiretutor.course;

import java.util.List;
import java.util.Optional;
import org.wiretutor.check.HeadReading;
import org.wiretutor.http.core.DiagnosisKind;
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
            return Optional.of(Messages.get("course.req.method", who, show(line.method()), method));
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
            if (value.isEmpty()) return Optional.of(Messages.get("course.req.header.missing", who, name));
            if (colon >= 0 && !value.get().equalsIgnoreCase(h.substring(colon + 1).strip())) {
                return Optional.of(Messages.get("course.req.header.value", who, name, Escape.latin1(value.get()),
                        h.substring(colon + 1).strip()));
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

    String describe() {
        StringBuilder s = new StringBuilder(method.isEmpty() ? "a request" : "a " + method + " request");
        if (!targets.isEmpty()) s.append(" for ").append(targets.get(0));
        if (!version.isEmpty()) s.append(" with ").append(version);
        if (!headers.isEmpty()) s.append(", with ").append(String.join(" and ", headers));
        if (!noHeaders.isEmpty()) s.append(", without ").append(String.join(" or ", noHeaders));
        if (endings.equals("lf")) s.append(", every line ended with a bare LF");
        return s.toString();
    }

    private static String show(String part) {
        return part.isEmpty() ? "nothing" : Escape.latin1(part);
    }
}
