package org.wiretutor.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The hostile payloads, a loopback server that puts them in every part of a reply, and the check that an output
 * carries none of them raw. Shared by the renderer tests and the end-to-end tests of the built jar.
 */
public final class Hostile {
    /** Each sequence a server, student or program might send to take over a terminal, by name. */
    public static final Map<String, byte[]> PAYLOADS = new LinkedHashMap<>();

    static {
        PAYLOADS.put("OSC title", latin1("\u001b]0;pwned\u0007"));
        PAYLOADS.put("OSC 52 clipboard", latin1("\u001b]52;c;cm0gLXJmIH4=\u0007"));
        PAYLOADS.put("CSI clear and home", latin1("\u001b[2J\u001b[H"));
        PAYLOADS.put("CSI cursor up", latin1("\u001b[10A"));
        PAYLOADS.put("C1 as a byte", new byte[] {(byte) 0x9B});
        PAYLOADS.put("C1 as a character", new byte[] {(byte) 0xC2, (byte) 0x9B});
        PAYLOADS.put("bidi override and isolate", "\u202e\u2066".getBytes(StandardCharsets.UTF_8));
        PAYLOADS.put("lone CR", latin1("innocent\rEVIL"));
        PAYLOADS.put("NUL", new byte[] {0});
        PAYLOADS.put("invalid UTF-8", new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC0, (byte) 0xAF});
    }

    /** How the title payload must look once escaped: the learner still sees exactly which bytes arrived. */
    public static final String TITLE_SHOWN = "\\x1B]0;pwned\\x07";

    private static final Pattern OWN_SGR = Pattern.compile("\u001b\\[[0-9;]*m");

    private Hostile() {}

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Every payload, one after another, separated by spaces. */
    public static byte[] all() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : PAYLOADS.values()) {
            out.writeBytes(p);
            out.write(' ');
        }
        return out.toByteArray();
    }

    /**
     * A chunked reply with the payloads in the reason phrase, a header name, the values of Server, Location and
     * Content-Type, a chunk extension, the chunk data and a trailer.
     */
    public static byte[] chunkedReply() {
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        byte[] all = all();
        for (String before : List.of("HTTP/1.1 200 OK ", "\r\nServer: ", "\r\nLocation: /",
                "\r\nContent-Type: text/plain; charset=")) {
            r.writeBytes(latin1(before));
            r.writeBytes(all);
        }
        r.writeBytes(latin1("\r\nX-\u001b[2J\u009b: v\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"));
        for (String before : List.of(Integer.toHexString(all.length) + ";ext=", "\r\n", "\r\n0\r\nX-Trailer: ")) {
            r.writeBytes(latin1(before));
            r.writeBytes(all);
        }
        r.writeBytes(latin1("\r\n\r\n"));
        return r.toByteArray();
    }

    /** A reply whose body is one line of about 1 MB, the payloads sprinkled through it. */
    public static byte[] hugeLineReply() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] all = all();
        while (body.size() < 1_000_000) {
            body.writeBytes(latin1("x".repeat(4000)));
            body.writeBytes(all);
        }
        body.write('\n');
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        r.writeBytes(latin1("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + body.size()
                + "\r\nConnection: close\r\n\r\n"));
        r.writeBytes(body.toByteArray());
        return r.toByteArray();
    }

    /**
     * Fails unless {@code output} holds no raw ESC, BEL, C0 control but LF and tab, DEL, C1, bidi control, line
     * separator or U+FFFD (a sign that undecodable bytes were written). {@code ownColours}: SGR colour sequences are
     * the tool's own styling and are allowed. {@code crlf}: CR LF pairs are allowed (a recording's line ends).
     */
    public static void assertClean(String where, String output, boolean ownColours, boolean crlf) {
        String s = ownColours ? OWN_SGR.matcher(output).replaceAll("") : output;
        if (crlf) s = s.replace("\r\n", "\n");
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean bad = cp < 0x20 && cp != '\n' && cp != '\t' || cp == 0x7F || cp >= 0x80 && cp <= 0x9F
                    || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x2028 || cp == 0x2029
                    || cp == 0xFFFD || cp >= 0xD800 && cp <= 0xDFFF;
            if (bad) {
                int from = Math.max(0, i - 60);
                fail(where + ": raw U+" + String.format("%04X", cp) + " at " + i + " in ..."
                        + s.substring(from, Math.min(s.length(), i + 20)).replaceAll("\\p{Cntrl}", "?") + "...");
            }
            i += Character.charCount(cp);
        }
    }

    /** {@link #assertClean} on bytes, which must be valid UTF-8 first of all. */
    public static String assertClean(String where, byte[] output, boolean ownColours, boolean crlf) {
        String s = new String(output, StandardCharsets.UTF_8);
        assertClean(where, s, ownColours, crlf);
        return s;
    }

    public static void assertShowsTheBytes(String where, String output) {
        assertTrue(output.contains(TITLE_SHOWN), where + " should show the title payload escaped:\n" + tail(output));
    }

    private static String tail(String s) {
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }

    /** A server on loopback that answers every connection with one reply, after the request's blank line. */
    public static final class Server implements AutoCloseable {
        private final ServerSocket socket;
        private final byte[] reply;
        private final Thread thread;
        private final CountDownLatch served;

        public Server(byte[] reply, int connections) throws IOException {
            this.socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            this.reply = reply;
            this.served = new CountDownLatch(connections);
            this.thread = new Thread(this::serve, "hostile-server");
            thread.setDaemon(true);
            thread.start();
        }

        public int port() {
            return socket.getLocalPort();
        }

        public boolean awaitServed(long seconds) throws InterruptedException {
            return served.await(seconds, TimeUnit.SECONDS);
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket c = socket.accept()) {
                    readHead(c.getInputStream());
                    c.getOutputStream().write(reply);
                    c.getOutputStream().flush();
                    c.shutdownOutput();
                    c.getInputStream().readAllBytes();
                } catch (IOException e) {
                    // the client went away or the server is closing: the next accept decides
                } finally {
                    served.countDown();
                }
            }
        }

        private static void readHead(InputStream in) throws IOException {
            int state = 0;
            int b;
            while ((b = in.read()) >= 0) {
                state = b == '\n' ? (state == 1 ? 2 : 1) : b == '\r' ? state : 0;
                if (state == 2) return;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
