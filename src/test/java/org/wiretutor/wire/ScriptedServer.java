package org.wiretutor.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A server on loopback that plays one script on the first connection: read so much, write these bytes, close, reset
 * or hold. Steps that must wait for the client wait on a latch the test opens, never on a clock.
 */
final class ScriptedServer implements AutoCloseable {
    /** What the server does with its one connection. */
    interface Script {
        void play(Peer peer) throws Exception;
    }

    /** The server's side of the connection. */
    static final class Peer {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Peer(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        /** Reads one line, through its LF; null at end of stream. */
        String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                line.write(b);
                if (b == '\n') return line.toString(StandardCharsets.ISO_8859_1);
            }
            return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
        }

        /** Reads lines up to and including the empty one that ends a request head. */
        void readHead() throws IOException {
            String line;
            while ((line = readLine()) != null) {
                if (line.equals("\r\n") || line.equals("\n")) return;
            }
        }

        /** Reads exactly n bytes. */
        void read(int n) throws IOException {
            in.readNBytes(n);
        }

        void write(String latin1) throws IOException {
            out.write(latin1.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** A polite close (FIN): everything written is delivered first. */
        void close() throws IOException {
            socket.shutdownOutput();
            socket.close();
        }

        /** An abortive close: the peer gets a reset (RST) instead of a FIN. */
        void reset() throws IOException {
            socket.setSoLinger(true, 0);
            socket.close();
        }

        /** Waits for the client to close, keeping the connection open until then. */
        void holdUntilClientCloses() throws IOException {
            in.readAllBytes();
        }

        static void await(CountDownLatch latch) throws InterruptedException {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("the test never opened the latch");
        }
    }

    private final ServerSocket listener;
    private final Thread thread;
    private volatile Throwable failure;

    ScriptedServer(Script script) throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> {
            try (Socket s = listener.accept()) {
                script.play(new Peer(s));
            } catch (Throwable e) {
                if (!listener.isClosed()) failure = e;
            }
        }, "scripted-server");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The script's own failure, if it had one, so a test can tell a broken script from a broken client. */
    Throwable failure() {
        return failure;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
