package org.wiretutor.mirror.export;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real Apache or nginx on a loopback port, running an exported configuration from a minimal main configuration
 * that only includes it, as ExternalServer in the wire tests does with its own site.
 */
final class RealServer implements AutoCloseable {

    static final String APACHE = "/usr/sbin/apache2";
    static final String NGINX = "/usr/sbin/nginx";

    final int port;
    private final Process process;
    private final Path run;

    private RealServer(Process process, int port, Path run) {
        this.process = process;
        this.port = port;
        this.run = run;
    }

    static boolean installed(String program) {
        return new File(program).canExecute();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A folder under /tmp that a server which drops to www-data can still enter and read. */
    static Path openFolder(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), prefix);
        dir.toFile().setExecutable(true, false);
        dir.toFile().setReadable(true, false);
        return dir;
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    static RealServer nginx(Path export, int port) throws Exception {
        return nginx(export, port, "");
    }

    /** @param httpLines more directives for the http block, e.g. Debian's {@code gzip on;} */
    static RealServer nginx(Path export, int port, String httpLines) throws Exception {
        Path run = openFolder("wiretutor-nginx");
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
                    %3$s
                    include %2$s;
                }
                """.formatted(run, export.resolve(MirrorExport.NGINX), httpLines);
        Files.writeString(run.resolve("nginx.conf"), conf);
        return start(run, port, NGINX, "-p", run.toString(), "-c", run.resolve("nginx.conf").toString());
    }

    /** TypesConfig is /dev/null, so the content types come from the exported AddType lines alone. */
    static RealServer apache(Path export, int port) throws Exception {
        return apache(export, port, "");
    }

    /** @param moreLines more main-configuration lines before the export's, e.g. Debian's mod_deflate */
    static RealServer apache(Path export, int port, String moreLines) throws Exception {
        Path run = openFolder("wiretutor-apache");
        String conf = """
                ServerRoot %1$s
                ServerName localhost
                Listen 127.0.0.1:%2$d
                PidFile %1$s/apache.pid
                ErrorLog %1$s/error.log
                LoadModule mpm_prefork_module %3$s/mod_mpm_prefork.so
                LoadModule authz_core_module %3$s/mod_authz_core.so
                LoadModule mime_module %3$s/mod_mime.so
                LoadModule headers_module %3$s/mod_headers.so
                LoadModule alias_module %3$s/mod_alias.so
                LoadModule dir_module %3$s/mod_dir.so
                User www-data
                Group www-data
                TypesConfig /dev/null
                %5$s
                Include %4$s
                """.formatted(run, port, "/usr/lib/apache2/modules", export.resolve(MirrorExport.APACHE), moreLines);
        Files.writeString(run.resolve("apache.conf"), conf);
        return start(run, port, APACHE, "-X", "-f", run.resolve("apache.conf").toString());
    }

    private static RealServer start(Path run, int port, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(run.resolve("server.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                String out = Files.readString(run.resolve("server.out"));
                deleteTree(run);
                throw new IllegalStateException(cmd[0] + " exited: " + out);
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return new RealServer(p, port, run);
            } catch (IOException notYet) {
                p.waitFor(20, TimeUnit.MILLISECONDS);
            }
        }
        p.destroyForcibly();
        deleteTree(run);
        throw new IllegalStateException(cmd[0] + " did not start listening on " + port);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        deleteTree(run);
    }
}
