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

    /** What the bytes are: details for the learner, how to show them, and whether they are declared UTF-8 text. */
    record Content(List<Detail> details, Display display, boolean utf8) {
        Content(List<Detail> details, Display display) {
            this(details, display, false);
        }
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
        if (content.utf8()) {
            details.add(new Detail("characters", characters(preview, sink.dropped() > 0)));
        }
        if (got > 0) {
            details.add(new Detail("preview", previewText(sink)));
        }
        return new Annotation(Kind.BODY, preview, title, details, sev, got == 0 ? Display.NONE : content.display(),
                got > 0 && content.utf8());
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
        boolean utf8 = isUtf8(charset);
        if (utf8) {
            text = "text, charset " + shown(charset) + " (declared in Content-Type), so it is shown decoded: each"
                    + " character once, however many bytes it takes";
        } else if (charset != null) {
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
        return new Content(details, Display.TEXT, utf8);
    }

    /** True for a declared charset that names UTF-8, in any case ("utf-8", "UTF8"). */
    static boolean isUtf8(String charset) {
        return charset != null && (charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8"));
    }

    /** Examples of multi-byte characters named per byte length, at most this many each. */
    private static final int EXAMPLES = 3;

    /**
     * Bytes against characters in UTF-8 text, e.g. "6 bytes, 5 characters: é is 2 bytes in UTF-8". Bytes that do
     * not decode are counted apart: they are shown as \xNN, not as characters.
     *
     * @param cut true when these are only the first bytes of a longer body
     */
    static String characters(byte[] b, boolean cut) {
        long chars = 0;
        int bad = 0;
        // per byte length 2..4: how many characters, and the first few distinct ones as examples
        long[] count = new long[5];
        List<List<String>> examples = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        List<java.util.Set<String>> distinct = List.of(new java.util.HashSet<>(), new java.util.HashSet<>(),
                new java.util.HashSet<>(), new java.util.HashSet<>(), new java.util.HashSet<>());
        int i = 0;
        while (i < b.length) {
            if ((b[i] & 0xFF) < 0x80) {
                chars++;
                i++;
                continue;
            }
            int n = Escape.utf8Length(b, i, b.length);
            if (n == 0) {
                bad++;
                i++;
                continue;
            }
            chars++;
            count[n]++;
            String c = Escape.bytes(b, i, n);
            if (distinct.get(n).add(c) && examples.get(n).size() < EXAMPLES) {
                examples.get(n).add(c);
            }
            i += n;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(b.length).append(b.length == 1 ? " byte, " : " bytes, ").append(chars)
                .append(chars == 1 ? " character" : " characters");
        if (bad > 0) {
            sb.append(", and ").append(bad).append(bad == 1 ? " byte that does" : " bytes that do")
                    .append(" not decode as UTF-8 (shown as \\xNN)");
        }
        if (cut) {
            sb.append(", counted in the first ").append(b.length).append(" bytes shown");
        }
        List<String> multi = new ArrayList<>();
        for (int n = 2; n <= 4; n++) {
            if (count[n] == 0) {
                continue;
            }
            List<String> ex = examples.get(n);
            int others = distinct.get(n).size() - ex.size();
            String names = others > 0 ? String.join(", ", ex) + " and " + others + " other" + (others == 1 ? "" : "s")
                    : ex.size() == 1 ? ex.get(0)
                    : String.join(", ", ex.subList(0, ex.size() - 1)) + " and " + ex.get(ex.size() - 1);
            boolean one = distinct.get(n).size() == 1;
            multi.add(names + (one ? " is " : " are ") + n + " bytes" + (one ? "" : " each"));
        }
        if (!multi.isEmpty()) {
            sb.append(": ").append(String.join(", ", multi)).append(" in UTF-8");
        } else if (bad == 0 && chars > 0) {
            sb.append(": all ASCII, one byte each");
        }
        return sb.toString();
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
