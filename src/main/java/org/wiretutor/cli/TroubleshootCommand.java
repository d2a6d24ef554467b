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
import org.wiretutor.text.Messages;
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
        resourceBundle = HelpWords.NAME)
public final class TroubleshootCommand implements Callable<Integer> {
    static final String HOST = "data.pr4e.org";
    /** The column the report's findings start in. */
    private static final int LABEL_WIDTH = 12;
    private final Dialer dialer;

    @Option(names = "--server", paramLabel = "HOST[:PORT]")
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
        line(out, Messages.get("cli.troubleshoot.label.wiretutor"), Version.current());
        line(out, Messages.get("cli.troubleshoot.label.java"), Messages.get("cli.troubleshoot.java",
                System.getProperty("java.version"), System.getProperty("java.vendor"), System.getProperty("os.name"),
                System.getProperty("os.arch")));
        line(out, Messages.get("cli.troubleshoot.label.jline"), mavenVersion("org.jline", "jline-terminal")
                .orElseGet(() -> Messages.get("cli.troubleshoot.unknown")));
        String term = String.valueOf(System.getenv("TERM"));
        line(out, Messages.get("cli.troubleshoot.label.terminal"), System.console() != null
                ? Messages.get("cli.troubleshoot.terminal.console", term)
                : Messages.get("cli.troubleshoot.terminal.noConsole", term));
        line(out, Messages.get("cli.troubleshoot.label.home"), Files.isDirectory(home) ? home.toString()
                : Messages.get("cli.troubleshoot.home.missing", home.toString()));
        for (String file : new String[] {"history", "progress.properties", "grades.properties"}) {
            Path p = home.resolve(file);
            line(out, "", Messages.get("cli.troubleshoot.file", file,
                    Files.exists(p) ? size(p) : Messages.get("cli.troubleshoot.file.none")));
        }
        var containment = org.wiretutor.programs.Containment.probe().describe(
                org.wiretutor.programs.ProgramLimits.DEFAULT);
        for (int i = 0; i < containment.size(); i++) {
            line(out, i == 0 ? Messages.get("cli.troubleshoot.label.programs") : "", containment.get(i));
        }
        boolean ok = classServer.map(s -> classServer(out, s)).orElseGet(() -> {
            line(out, Messages.get("cli.troubleshoot.label.server"), Messages.get("cli.troubleshoot.noClassServer"));
            return true;
        });
        try {
            InetAddress address = InetAddress.getByName(HOST);
            line(out, Messages.get("cli.troubleshoot.label.dns"),
                    Messages.get("cli.troubleshoot.dns", HOST, address.getHostAddress()));
            try (Socket s = dialer.dial(HOST, 80, Duration.ofSeconds(3))) {
                line(out, Messages.get("cli.troubleshoot.label.network"), Messages.get(classServer.isPresent()
                        ? "cli.troubleshoot.network.classServer" : "cli.troubleshoot.network.real", HOST));
            } catch (IOException e) {
                line(out, Messages.get("cli.troubleshoot.label.network"),
                        Messages.get("cli.troubleshoot.network.none", HOST, String.valueOf(e.getMessage())));
            }
        } catch (UnknownHostException e) {
            line(out, Messages.get("cli.troubleshoot.label.dns"), Messages.get("cli.troubleshoot.dns.none", HOST));
        }
        try (MirrorServer mirror = MirrorServer.start(MirrorConfig.loopback())) {
            line(out, Messages.get("cli.troubleshoot.label.mirror"), Messages.get("cli.troubleshoot.mirror", mirror.port()));
        } catch (IOException | RuntimeException e) {
            ok = false;
            line(out, Messages.get("cli.troubleshoot.label.mirror"),
                    Messages.get("cli.troubleshoot.mirror.failed", String.valueOf(e.getMessage())));
        }
        return ok ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** One line of the report: its label in a column of its own, then what was found. */
    private static void line(PrintStream out, String label, String found) {
        out.println(label + " ".repeat(Math.max(1, LABEL_WIDTH - label.length())) + found);
    }

    /**
     * Asks the class server for {@code /romeo.txt} as lesson 1 does and prints its status line (escaped: it is the
     * server's text), or why it could not be asked.
     *
     * @return true when it answered 200
     */
    private boolean classServer(PrintStream out, ClassServer server) {
        String label = Messages.get("cli.troubleshoot.label.server");
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
            // the class server's own status line, matched as bytes of the protocol: 200 is what lesson 1 needs
            boolean ok = status.matches("HTTP/1\\.[01] 200( .*)?");
            String got = end == 0 ? Messages.get("cli.troubleshoot.classServer.nothing") : status;
            line(out, label, ok ? Messages.get("cli.troubleshoot.classServer.ok", server.toString(), got, HOST)
                    : Messages.get("cli.troubleshoot.classServer.wrong", server.toString(), got));
            return ok;
        } catch (IOException e) {
            line(out, label, Messages.get("cli.troubleshoot.classServer.none", server.toString(),
                    String.valueOf(e.getMessage())));
            return false;
        }
    }

    /** The version Maven recorded in the jar for a bundled library, if it did. */
    private static Optional<String> mavenVersion(String group, String artifact) {
        var props = new java.util.Properties();
        try (var in = TroubleshootCommand.class.getResourceAsStream(
                "/META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            if (in != null) props.load(in);
        } catch (IOException ignored) {
            // reported as unknown below
        }
        return Optional.ofNullable(props.getProperty("version"));
    }

    private static String size(Path p) {
        try {
            return Messages.get("cli.troubleshoot.file.size", Files.size(p));
        } catch (IOException e) {
            return Messages.get("cli.troubleshoot.file.unreadable", String.valueOf(e.getMessage()));
        }
    }
}
