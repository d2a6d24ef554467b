package org.wiretutor.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wiretutor.text.Escape;

/**
 * Explains body bytes: how the length was decided, whether the count matches, and what kind of content it is (text
 * with its charset, or binary named from its magic bytes, shown as hex).
 */
final class BodyExplainer {
    private BodyExplainer() {
    }

    /** How a body ended, for the "received" detail. */
    enum Outcome { COMPLETE, CLOSED, IN_PROGRESS }

    record Content(List<Detail> details, Display display) {
    }

    static Annotation body(String title, ByteSink sink, BodyFraming framing, List<HeaderField> headers, Outcome outcome,
            long chunks) {
        List<Detail> details = new ArrayList<>();
        Severity sev = Severity.INFO;
        details.add(new Detail("length", framing.reason()));
        long got = sink.total();
        switch (framing.type()) {
            case CONTENT_LENGTH -> {
                long want = framing.length();
                if (got == want) {
                    details.add(new Detail("received", got + " of " + want + " bytes ✓"));
                } else if (outcome == Outcome.IN_PROGRESS) {
                    details.add(new Detail("received", "received " + got + " but Content-Length promised " + want
                            + " — the server is still holding the connection (" + (want - got) + " bytes to come)"));
                    sev = Severity.WARNING;
                } else {
                    details.add(new Detail("received", "received " + got + " but Content-Length promised " + want
                            + " — the connection ended " + (want - got) + " bytes short, so the body is incomplete"));
                    sev = Severity.ERROR;
                }
            }
            case CHUNKED -> {
                String in = chunks + " chunk" + (chunks == 1 ? "" : "s");
                details.add(new Detail("received", outcome == Outcome.COMPLETE
                        ? got + " bytes in total, decoded from " + in + " ✓"
                        : got + " bytes so far from " + in + "; the last chunk (size 0) has not arrived"));
                if (outcome == Outcome.CLOSED) {
                    sev = Severity.ERROR;
                }
            }
            case UNTIL_CLOSE -> details.add(new Detail("received", outcome == Outcome.IN_PROGRESS
                    ? got + " bytes so far; the body goes on until the server closes the connection"
                    : got + " bytes, ended when the server closed the connection"));
            default -> {
            }
        }
        byte[] preview = sink.bytes();
        Content content = content(preview, headers);
        details.addAll(content.details());
        if (got > 0) {
            details.add(new Detail("preview", previewText(sink)));
        }
        return new Annotation(Kind.BODY, preview, title, details, sev, got == 0 ? Display.NONE : content.display());
    }

    /** A body that is not there at all (HEAD, 204, 304, Content-Length: 0). */
    static Annotation noBody(BodyFraming framing) {
        String title = framing.type() == BodyFraming.Type.NONE ? "No body" : "Empty body";
        return new Annotation(Kind.BODY, new byte[0], title, List.of(new Detail("length", framing.reason())),
                Severity.INFO, Display.NONE);
    }

    static String previewText(ByteSink sink) {
        if (sink.dropped() == 0) {
            return "all " + sink.total() + " byte" + (sink.total() == 1 ? "" : "s") + " shown";
        }
        return "the first " + sink.kept() + " bytes are shown; " + sink.dropped()
                + " more were received and counted but are not shown";
    }

    static Content content(byte[] preview, List<HeaderField> headers) {
        List<Detail> details = new ArrayList<>();
        if (preview.length == 0) {
            return new Content(details, Display.NONE);
        }
        String ct = value(headers, "Content-Type");
        String media = ct == null ? null : ct.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String charset = ct == null ? null : charset(ct);
        String encoding = value(headers, "Content-Encoding");
        Optional<String> sniffed = MediaTypes.sniff(preview);
        if (sniffed.isPresent()) {
            String text = "binary: " + sniffed.get() + ", recognised from its first bytes ("
                    + Escape.wire(preview, 0, Math.min(8, preview.length)) + ")";
            if (media != null && MediaTypes.isTextual(media)) {
                text += "; but Content-Type says " + shown(media) + ", which is wrong";
            }
            details.add(new Detail("content", text + ". Shown as hex."));
            return new Content(details, Display.HEX);
        }
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            details.add(new Detail("content", "binary: compressed with " + shown(encoding.strip())
                    + " (Content-Encoding); it must be decompressed to read. Shown as hex."));
            return new Content(details, Display.HEX);
        }
        if (MediaTypes.looksBinary(preview, preview.length)) {
            details.add(new Detail("content", "binary data" + (media == null ? "" : " (" + shown(media) + ")")
                    + "; its type is not recognised from its first bytes. Shown as hex."));
            return new Content(details, Display.HEX);
        }
        String text;
        if (charset != null) {
            text = "text, charset " + shown(charset) + " (declared in Content-Type)";
        } else if (media != null) {
            text = "text (" + shown(media) + "), no charset declared";
        } else {
            text = "text; no Content-Type, so the client has to guess";
        }
        if (media != null && !MediaTypes.isTextual(media)) {
            text += "; Content-Type says " + shown(media) + ", but the bytes look like text";
        }
        details.add(new Detail("content", text));
        return new Content(details, Display.TEXT);
    }

    /** A header value (or part of one) from the wire, escaped for the explanation that quotes it. */
    private static String shown(String value) {
        return value == null ? null : Escape.latin1(value);
    }

    static String value(List<HeaderField> headers, String name) {
        for (HeaderField h : headers) {
            if (h.is(name)) {
                return h.value();
            }
        }
        return null;
    }

    static String charset(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String v = p.substring(8).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}
