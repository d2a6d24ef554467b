package org.wiretutor.shell.record;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes an asciicast v2 file, the format {@code asciinema play} reads: a JSON header line, then one
 * {@code [seconds, "o", text]} line per output event. Every event is flushed as it is written, so a crash
 * loses nothing already shown, and the file stops growing at a limit rather than filling the disk.
 */
final class AsciicastWriter implements Closeable {
    /** The header's fields; {@code timestamp} is in seconds since the Unix epoch. */
    record Header(int width, int height, long timestamp, String term, String title) {
        String json() {
            return "{\"version\": 2, \"width\": " + width + ", \"height\": " + height + ", \"timestamp\": " + timestamp
                    + ", \"env\": {\"TERM\": " + Json.quote(term) + "}, \"title\": " + Json.quote(title) + "}\n";
        }
    }

    private final Writer out;
    private final long limit;
    private long bytes;
    private double last;

    private AsciicastWriter(Writer out, long limit) {
        this.out = out;
        this.limit = limit;
    }

    /** Creates the file (replacing one only if asked) and writes the header. */
    static AsciicastWriter create(Path file, Header header, boolean replace, long limit) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file, OutputFiles.options(replace)),
                StandardCharsets.UTF_8));
        AsciicastWriter writer = new AsciicastWriter(w, limit);
        try {
            writer.write(header.json());
        } catch (IOException e) {
            writer.close();
            throw e;
        }
        return writer;
    }

    /**
     * Writes one output event. Times never go backwards, even if the clock does.
     *
     * @return false, writing nothing, if the event would take the file past its limit
     */
    boolean output(double seconds, String text) throws IOException {
        last = Math.max(last, seconds);
        String line = "[" + String.format(Locale.ROOT, "%.6f", last) + ", \"o\", " + Json.quote(text) + "]\n";
        if (bytes + utf8Length(line) > limit) return false;
        write(line);
        return true;
    }

    long bytes() {
        return bytes;
    }

    private void write(String line) throws IOException {
        out.write(line);
        out.flush();
        bytes += utf8Length(line);
    }

    private static long utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** JSON strings as RFC 8259 has them; lone surrogates (not valid UTF-8) become U+FFFD. */
    static final class Json {
        private Json() {}

        static String quote(String s) {
            StringBuilder b = new StringBuilder(s.length() + 16).append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    case '\b' -> b.append("\\b");
                    case '\f' -> b.append("\\f");
                    default -> {
                        if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i));
                        } else if (Character.isSurrogate(c)) {
                            b.append('\uFFFD');
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }
    }
}
