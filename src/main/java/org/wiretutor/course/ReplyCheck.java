package org.wiretutor.course;

import java.util.Optional;
import org.wiretutor.check.HeadReading;
import org.wiretutor.check.Verdict;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;
import org.wiretutor.wire.Exchange;
import org.wiretutor.wire.WireEvent;

/** Passes when a whole reply with the given status code has arrived. */
public record ReplyCheck(int status, java.util.List<String> headers) implements StepCheck {
    public ReplyCheck {
        headers = java.util.List.copyOf(headers);
    }

    public ReplyCheck(int status) {
        this(status, java.util.List.of());
    }

    @Override
    public Verdict judge(Observation observation) {
        return judge(observation, false);
    }

    /** Before the guess, a reply with another status is only "not the one asked for": its wanted status is the answer. */
    @Override
    public Verdict judgeBeforeGuess(Observation observation) {
        return judge(observation, true);
    }

    private Verdict judge(Observation observation, boolean discreet) {
        WireEvent event = observation.wire().orElse(null);
        if (!(event instanceof WireEvent.ReplyComplete r)) return Verdict.UNRELATED;
        var statusLine = r.exchange().statusLine();
        if (statusLine.isEmpty()) {
            return Verdict.missed(discreet ? Messages.get("course.reply.not.asked")
                    : Messages.get("course.reply.without.status", status));
        }
        int got = statusLine.get().code();
        if (status != 0 && got != status) {
            return knownMistake(r.exchange(), got, discreet).map(Verdict::mistake)
                    .orElseGet(() -> Verdict.missed(discreet ? Messages.get("course.reply.not.asked")
                            : Messages.get("course.wrong.status", got, status)));
        }
        for (String h : headers) {
            boolean present = r.exchange().annotations().stream()
                    .anyMatch(a -> a.kind() == org.wiretutor.http.Kind.HEADER && a.title().equalsIgnoreCase(h));
            if (!present) return Verdict.missed(Messages.get("course.reply.header.missing", h));
        }
        return Verdict.PASSED;
    }

    /**
     * Why a 408 came, the request never ended; or why the whole file came back (200) where a part (206) or "not
     * modified" (304) was wanted, when the request shows a beginner's mistake: a Range the server could not read, a tag sent without its quotes. {@code discreet}
     * words say what is wrong with the request alone, not what came of it.
     */
    private Optional<String> knownMistake(Exchange exchange, int got, boolean discreet) {
        // a 408 is the server giving up on a request that never ended: the blank line is the slip, not the guess
        if (got == 408) return Optional.of(Messages.get("course.reply.timedOut"));
        if (got != 200) return Optional.empty();
        HeadReading request = HeadReading.of(exchange.sent());
        if (status == 206 && request.header("Range").isEmpty()) {
            // no Range at all, often an Enter pressed right after the request line: the whole file is the answer
            return Optional.of(Messages.get("course.range.missing"));
        }
        if (status == 206) {
            return request.header("Range").map(h -> {
                String value = h.strip();
                String shown = Escape.latin1(value);
                if (value.matches("\\d*-\\d*")) {
                    return Messages.get(discreet ? "course.range.no.unit.discreet" : "course.range.no.unit", shown, shown);
                }
                return Messages.get(discreet ? "course.range.ignored.discreet" : "course.range.ignored", shown);
            });
        }
        if (status == 304) {
            return request.header("If-None-Match").map(String::strip)
                    .filter(v -> !v.isEmpty() && !v.equals("*") && !v.startsWith("\"") && !v.startsWith("W/\""))
                    .map(v -> Messages.get(discreet ? "course.tag.unquoted.discreet" : "course.tag.unquoted",
                            Escape.latin1(v), Escape.latin1(v)));
        }
        return Optional.empty();
    }

    @Override
    public String expectation() {
        return status == 0 ? Messages.get("course.expect.any.reply") : Messages.get("course.expect.reply", status);
    }

    @Override
    public String expectationBeforeGuess() {
        return Messages.get("course.expect.any.reply");
    }

    @Override
    public boolean onTheWire() {
        return true;
    }
}
