package org.wiretutor.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real clients learners use, run as processes; each is skipped when its program is not installed. */
class RealClientsTest {

    static MirrorServer server;

    @BeforeAll
    static void start() throws IOException {
        server = MirrorServer.start(MirrorConfig.loopback());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }

    /** Runs a program, returning its exit code and stdout; fails if it runs longer than 10 s. */
    static String[] run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        boolean done = p.waitFor(10, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + List.of(command));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[] {Integer.toString(p.exitValue()), out};
    }

    @Test
    void curl_gets_romeo() throws Exception {
        assumeTrue(onPath("curl"), "curl not installed");
        String[] r = run("curl", "-si", "--max-time", "5", "http://127.0.0.1:" + server.port() + "/romeo.txt");
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].startsWith("HTTP/1.1 200 OK"), r[1]);
        assertTrue(r[1].contains(ServerBehaviourTest.ROMEO), r[1]);
    }

    @Test
    void curl_decodes_the_chunked_romeo_and_shows_the_chunks_raw() throws Exception {
        assumeTrue(onPath("curl"), "curl not installed");
        String url = "http://127.0.0.1:" + server.port() + "/romeo-chunked.txt";
        String[] decoded = run("curl", "-s", "--max-time", "5", url);
        assertEquals("0", decoded[0], decoded[1]);
        assertEquals(ServerBehaviourTest.ROMEO, decoded[1]);
        String[] raw = run("curl", "-s", "--raw", "--max-time", "5", url);
        assertEquals("0", raw[0], raw[1]);
        assertEquals(ResourcesTest.CHUNKED_BODY, raw[1]);
    }

    @Test
    void python_urllib_gets_romeo() throws Exception {
        assumeTrue(onPath("python3"), "python3 not installed");
        String script = "import urllib.request\n"
                + "fhand = urllib.request.urlopen('http://127.0.0.1:" + server.port() + "/romeo.txt', timeout=5)\n"
                + "for line in fhand:\n"
                + "    print(line.decode().strip())\n";
        String[] r = run("python3", "-c", script);
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].contains("It is the east and Juliet is the sun"), r[1]);
        assertEquals(4, r[1].strip().split("\n").length, r[1]);
    }

    @Test
    void textbook_socket_program_gets_status_line_and_romeo() throws Exception {
        assumeTrue(onPath("python3"), "python3 not installed");
        String script = "import socket\n"
                + "mysock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
                + "mysock.settimeout(5)\n"
                + "mysock.connect(('127.0.0.1', " + server.port() + "))\n"
                + "cmd = 'GET http://data.pr4e.org/romeo.txt HTTP/1.0\\r\\n\\r\\n'.encode()\n"
                + "mysock.send(cmd)\n"
                + "while True:\n"
                + "    data = mysock.recv(512)\n"
                + "    if len(data) < 1:\n"
                + "        break\n"
                + "    print(data.decode(), end='')\n"
                + "mysock.close()\n";
        String[] r = run("python3", "-c", script);
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].startsWith("HTTP/1.1 200 OK\r\n"), r[1]);
        assertTrue(r[1].contains("Content-Length: 167"), r[1]);
        assertTrue(r[1].endsWith(ServerBehaviourTest.ROMEO), r[1]);
    }

    @Test
    void fifty_concurrent_clients_all_get_200() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<String> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 50; i++) {
            Thread t = new Thread(() -> {
                try (Wire w = new Wire(server)) {
                    results.add(Wire.Reply.parse(w.send("GET /romeo.txt HTTP/1.0\r\n\r\n").readToClose()).statusLine());
                } catch (IOException e) {
                    results.add(e.toString());
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(5000);
        }
        assertEquals(50, results.size());
        assertTrue(results.stream().allMatch("HTTP/1.1 200 OK"::equals), results.toString());
    }
}
