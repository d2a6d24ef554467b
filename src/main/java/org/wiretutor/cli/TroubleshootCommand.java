package org.wiretutor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;
import org.wiretutor.shell.AppHome;
import org.wiretutor.text.Escape;
import org.wiretutor.wire.ClassServer;
import org.wiretutor.wire.Dialer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wiretutor troubleshoot}: what a helper (or an issue report) needs to know, in one go:
 * versions, the files in use, whether the class server (if set) and the book's server can be reached, whether the
 * mirror starts.
 */
@Command(name = "troubleshoot", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Print what wiretutor knows about this computer: versions, the files it uses, whether",
                "data.pr4e.org (or your class server) can be reached and whether the built-in mirror starts.",
                "Paste it into a question."})
public final class TroubleshootCommand implements Callable<Integer> {
    static final String HOST = "data.pr4e.org";
    private final Dialer dialer;

    @Option(names = "--server", paramLabel = "HOST[:PORT]",
            description = "The class server to check (as for wiretutor --server; also from WIRETUTOR_SERVER).")
    String server;

    public TroubleshootCommand() {
        this(Dialer.SYSTEM);
    }

    TroubleshootCommand(Dialer dialer) {
        this.dialer = dialer;
    }

    @Override
    public Integer call() {
        Optional<ClassServer> classServer;
        try {
            classServer = ClassServer.choose(server, System.getenv(ClassServer.ENV));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        return report(System.out, AppHome.resolve(System.getenv(), System.getProperty("user.home")), classServer);
    }

    int report(PrintStream out, Path home) {
        return report(out, home, Optional.empty());
    }

    int report(PrintStream out, Path home, Optional<ClassServer> classServer) {
        out.println("wiretutor   " + Version.current());
        out.println("java        " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")");
        out.println("jline       " + mavenVersion("org.jline", "jline-terminal"));
        out.println("terminal    TERM=" + String.valueOf(System.getenv("TERM")) + ", console "
                + (System.console() != null ? "yes" : "no (input or output is redirected)"));
        out.println("home        " + home + (Files.isDirectory(home) ? "" : " (not created yet)"));
        for (String file : new String[] {"history", "progress.properties", "grades.properties"}) {
            Path p = home.resolve(file);
            out.println("            " + file + ": " + (Files.exists(p) ? size(p) : "none yet"));
        }
        var containment = org.wiretutor.programs.Containment.probe().describe(
                org.wiretutor.programs.ProgramLimits.DEFAULT);
        for (int i = 0; i < containment.size(); i++) {
            out.println((i == 0 ? "programs    " : "            ") + containment.get(i));
        }
        boolean ok = classServer.map(s -> classServer(out, s)).orElseGet(() -> {
            out.println("server      no class server set (--server or WIRETUTOR_SERVER)");
            return true;
        });
        try {
            InetAddress address = InetAddress.getByName(HOST);
            out.println("dns         " + HOST + " is " + address.getHostAddress());
            try (Socket s = dialer.dial(HOST, 80, Duration.ofSeconds(3))) {
                out.println("network     " + HOST + " port 80 answers" + (classServer.isPresent()
                        ? ", but lessons use the class server" : ": lessons use the real server"));
            } catch (IOException e) {
                out.println("network     " + HOST + " port 80 does not answer (" + e.getMessage()
                        + "): the built-in mirror will stand in");
            }
        } catch (UnknownHostException e) {
            out.println("dns         " + HOST + " does not resolve: offline, the built-in mirror will stand in");
        }
        try (MirrorServer mirror = MirrorServer.start(MirrorConfig.loopback())) {
            out.println("mirror      starts: listening on 127.0.0.1 port " + mirror.port());
        } catch (IOException | RuntimeException e) {
            ok = false;
            out.println("mirror      FAILS TO START: " + e.getMessage());
        }
        return ok ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /**
     * Asks the class server for {@code /romeo.txt} as lesson 1 does and prints its status line (escaped: it is the
     * server's text), or why it could not be asked.
     *
     * @return true when it answered 200
     */
    private boolean classServer(PrintStream out, ClassServer server) {
        String at = "server      class server " + server;
        try (Socket s = dialer.dial(server.host(), server.port(), Duration.ofSeconds(3))) {
            s.setSoTimeout(3000);
            s.getOutputStream().write(("GET /romeo.txt HTTP/1.0\r\nHost: " + HOST + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            java.io.InputStream in = s.getInputStream();
            byte[] reply = new byte[200];
            int end = 0;
            for (int b = in.read(); b >= 0 && b != '\r' && b != '\n' && end < reply.length; b = in.read()) {
                reply[end++] = (byte) b;
            }
            String status = Escape.wire(reply, 0, end);
            boolean ok = status.matches("HTTP/1\\.[01] 200( .*)?");
            out.println(at + " answers GET /romeo.txt with " + (end == 0 ? "nothing" : status)
                    + (ok ? ": lessons use it for " + HOST : ": lessons that fetch romeo.txt will not pass against it"));
            return ok;
        } catch (IOException e) {
            out.println(at + " DOES NOT ANSWER (" + e.getMessage() + "): ask your teacher whether it is running,"
                    + " or start wiretutor without --server");
            return false;
        }
    }

    /** The version Maven recorded in the jar for a bundled library. */
    private static String mavenVersion(String group, String artifact) {
        var props = new java.util.Properties();
        try (var in = TroubleshootCommand.class.getResourceAsStream(
                "/META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            if (in != null) props.load(in);
        } catch (IOException ignored) {
            // reported as unknown below
        }
        return props.getProperty("version", "unknown");
    }

    private static String size(Path p) {
        try {
            return Files.size(p) + " bytes";
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }
}
