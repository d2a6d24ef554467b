package org.wiretutor.wire;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real web server (Apache, nginx, Python's http.server) run as a process on a free loopback
 * port, serving a folder with romeo.txt, so the annotator meets replies it did not write.
 */
public final class ExternalServer implements AutoCloseable {
    static final String ROMEO = "But soft what light through yonder window breaks\n"
            + "It is the east and Juliet is the sun\n"
            + "Arise fair sun and kill the envious moon\n"
            + "Who is already sick and pale with grief\n";

    public final int port;
    private final Process process;
    private final Path dir;

    private ExternalServer(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** A file of the served folder, e.g. romeo.txt, to change its modification time. */
    Path served(String name) {
        return dir.resolve("www").resolve(name);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A world-readable folder (servers may drop privileges) holding www/romeo.txt. */
    static Path site() throws IOException {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "wiretutor-site");
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.writeString(www.resolve("romeo.txt"), ROMEO);
        for (Path p : List.of(dir, www)) p.toFile().setExecutable(true, false);
        for (Path p : List.of(dir, www, www.resolve("romeo.txt"))) p.toFile().setReadable(true, false);
        return dir;
    }

    static ExternalServer python() throws Exception {
        Path dir = site();
        int port = freePort();
        return start(dir, port, "python3", "-m", "http.server", Integer.toString(port), "--bind", "127.0.0.1",
                "--directory", dir.resolve("www").toString());
    }

    public static ExternalServer nginx() throws Exception {
        Path dir = site();
        int port = freePort();
        String conf = """
                daemon off;
                master_process off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 64; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/tmp; proxy_temp_path %1$s/tmp; fastcgi_temp_path %1$s/tmp;
                    uwsgi_temp_path %1$s/tmp; scgi_temp_path %1$s/tmp;
                    types { text/plain txt; text/html htm html; }
                    server { listen 127.0.0.1:%2$d; root %1$s/www; }
                }
                """.formatted(dir, port);
        Files.writeString(dir.resolve("nginx.conf"), conf);
        return start(dir, port, "nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString());
    }

    public static ExternalServer apache() throws Exception {
        Path dir = site();
        int port = freePort();
        String modules = "/usr/lib/apache2/modules";
        String conf = """
                ServerRoot %1$s
                ServerName localhost
                Listen 127.0.0.1:%2$d
                PidFile %1$s/apache.pid
                ErrorLog %1$s/error.log
                LoadModule mpm_prefork_module %3$s/mod_mpm_prefork.so
                LoadModule authz_core_module %3$s/mod_authz_core.so
                LoadModule mime_module %3$s/mod_mime.so
                User www-data
                Group www-data
                TypesConfig /etc/mime.types
                DocumentRoot %1$s/www
                <Directory %1$s/www>
                    Require all granted
                </Directory>
                """.formatted(dir, port, modules);
        Files.writeString(dir.resolve("apache.conf"), conf);
        return start(dir, port, "apache2", "-X", "-f", dir.resolve("apache.conf").toString());
    }

    private static ExternalServer start(Path dir, int port, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException(cmd[0] + " exited: " + Files.readString(dir.resolve("server.out")));
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return new ExternalServer(p, port, dir);
            } catch (IOException notYet) {
                p.waitFor(20, TimeUnit.MILLISECONDS);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException(cmd[0] + " did not start listening on " + port);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
