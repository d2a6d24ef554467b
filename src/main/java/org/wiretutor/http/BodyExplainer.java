package org.wiretutor.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wiretutor.http.core.Preview;
import org.wiretutor.http.core.ResponsePart.Outcome;
import org.wiretutor.text.Escape;
import org.wiretutor.text.Messages;

/**
 * Explains body bytes: how the length was decided, whether the count matches, and what kind of content it is (text
 * with its charset, or binary named from its magic bytes, shown as hex).
 */
final class BodyExplainer {
    /** The {@code {0}} of a sentence that inserts no text: the catalogue keeps {@code {0}} for text. */
    private static final String NO_TEXT = "";

    private BodyExplainer() {
    }

    /** What the bytes are: details for the learner, how to show them, and whether they are declared UTF-8 text. */
    record Content(List<Detail> details, Display display, boolean utf8) {
        Content(List<Detail> details, Display display) {
            this(details, display, false);
        }
    }

    static Annotation body(String title, Preview sink, BodyFraming framing, List<HeaderField> headers, Outcome outcome,
            long chunks) {
        List<Detail> details = new ArrayList<>();
        Severity sev = Severity.INFO;
        details.add(new Detail("length", framing.reason()));
        long got = sink.total();
        switch (framing.type()) {
            case CONTENT_LENGTH -> {
                long want = framing.length();
                if (got == want) {
                    details.add(new Detail("received", Messages.get("http.body.received.all", NO_TEXT, got, want)));
                } else if (outcome == Outcome.IN_PROGRESS) {
                    details.add(new Detail("received", Messages.get("http.body.received.waiting", NO_TEXT, got, want,
                            want - got)));
                    sev = Severity.WARNING;
                } else {
                    details.add(new Detail("received", Messages.get("http.body.received.short", NO_TEXT, got, want,
                            want - got)));
                    sev = Severity.ERROR;
                }
            }
            case CHUNKED -> {
                details.add(new Detail("received", outcome == Outcome.COMPLETE
                        ? Messages.get("http.body.received.chunks", NO_TEXT, got, chunks)
                        : Messages.get("http.body.received.chunks.unfinished", NO_TEXT, got, chunks)));
                if (outcome == Outcome.CLOSED) {
                    sev = Severity.ERROR;
                }
            }
            case UNTIL_CLOSE -> details.add(new Detail("received", outcome == Outcome.IN_PROGRESS
                    ? Messages.get("http.body.received.until.close", NO_TEXT, got)
                    : Messages.get("http.body.received.closed", NO_TEXT, got)));
            default -> {
            }
        }
        byte[] preview = sink.kept();
        Content content = content(preview, headers);
        details.addAll(content.details());
        if (content.utf8()) {
            details.add(new Detail("characters", characters(preview, sink.dropped() > 0), Detail.Topic.CHARACTERS));
        }
        if (got > 0) {
            details.add(new Detail("preview", previewText(sink)));
        }
        return new Annotation(Kind.BODY, preview, title, details, sev, got == 0 ? Display.NONE : content.display(),
                got > 0 && content.utf8());
    }

    /** A body that is not there at all (HEAD, 204, 304, Content-Length: 0). */
    static Annotation noBody(BodyFraming framing) {
        String title = Messages.get(framing.type() == BodyFraming.Type.NONE ? "http.body.none.title"
                : "http.body.empty.title");
        return new Annotation(Kind.BODY, new byte[0], title, List.of(new Detail("length", framing.reason())),
                Severity.INFO, Display.NONE);
    }

    static String previewText(Preview sink) {
        if (sink.dropped() == 0) {
            return Messages.get("http.preview.all", NO_TEXT, sink.total());
        }
        return Messages.get("http.preview.first", NO_TEXT, sink.keptCount(), sink.dropped());
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
            // written as the hex view below writes them (ff d8 ff e0), so the two are seen to be the same bytes
            StringBuilder first = new StringBuilder();
            for (int i = 0; i < Math.min(4, preview.length); i++) {
                first.append(i == 0 ? "" : " ").append(String.format("%02x", preview[i] & 0xff));
            }
            details.add(new Detail("content", media != null && MediaTypes.isTextual(media)
                    ? Messages.get("http.content.sniffed.mislabelled", sniffed.get(), first, shown(media))
                    : Messages.get("http.content.sniffed", sniffed.get(), first), Detail.Topic.KIND));
            return new Content(details, Display.HEX);
        }
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            details.add(new Detail("content", Messages.get("http.content.compressed", shown(encoding.strip()))));
            return new Content(details, Display.HEX);
        }
        if (MediaTypes.looksBinary(preview, preview.length)) {
            details.add(new Detail("content", media == null ? Messages.get("http.content.binary")
                    : Messages.get("http.content.binary.typed", shown(media)), Detail.Topic.KIND));
            return new Content(details, Display.HEX);
        }
        String text;
        boolean utf8 = isUtf8(charset);
        if (utf8) {
            text = Messages.get("http.content.text.utf8", shown(charset));
        } else if (charset != null) {
            text = Messages.get("http.content.text.charset", shown(charset));
        } else if (media != null) {
            text = Messages.get("http.content.text.typed", shown(media));
        } else {
            text = Messages.get("http.content.text.untyped");
        }
        if (media != null && !MediaTypes.isTextual(media)) {
            text = Messages.get("http.content.text.mislabelled", text, shown(media));
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
        String text = Messages.get("http.chars.count", NO_TEXT, b.length, chars);
        if (bad > 0) {
            text = Messages.get("http.chars.undecodable", text, bad);
        }
        if (cut) {
            text = Messages.get("http.chars.cut", text, b.length);
        }
        List<String> multi = new ArrayList<>();
        for (int n = 2; n <= 4; n++) {
            if (count[n] == 0) {
                continue;
            }
            List<String> ex = examples.get(n);
            int others = distinct.get(n).size() - ex.size();
            String names = others > 0 ? Messages.get("http.chars.others", String.join(", ", ex), others)
                    : ex.size() == 1 ? ex.get(0)
                    : Messages.get("http.chars.and", String.join(", ", ex.subList(0, ex.size() - 1)),
                            ex.get(ex.size() - 1));
            boolean one = distinct.get(n).size() == 1;
            multi.add(Messages.get(one ? "http.chars.one" : "http.chars.each", names, n));
        }
        if (!multi.isEmpty()) {
            return Messages.get("http.chars.multi", text, String.join(", ", multi));
        } else if (bad == 0 && chars > 0) {
            return Messages.get("http.chars.ascii", text);
        }
        return text;
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
