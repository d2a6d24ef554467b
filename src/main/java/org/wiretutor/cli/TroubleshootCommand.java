package org.wiretutor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.MirrorServer;
import org.wiretutor.shell.AppHome;
import org.wiretutor.wire.Dialer;
import picocli.CommandLine.Command;

/**
 * {@code wiretutor troubleshoot}: what a helper (or an issue report) needs to know, in one go:
 * versions, the files in use, whether the book's server can be reached, whether the mirror starts.
 */
@Command(name = "troubleshoot", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Print what wiretutor knows about this computer: versions, the files it uses, whether",
                "data.pr4e.org can be reached and whether the built-in mirror starts. Paste it into a question."})
public final class TroubleshootCommand implements Callable<Integer> {
    static final String HOST = "data.pr4e.org";
    private final Dialer dialer;

    public TroubleshootCommand() {
        this(Dialer.SYSTEM);
    }

    TroubleshootCommand(Dialer dialer) {
        this.dialer = dialer;
    }

    @Override
    public Integer call() {
        return report(System.out, AppHome.resolve(System.getenv(), System.getProperty("user.home")));
    }

    int report(PrintStream out, Path home) {
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
        boolean ok = true;
        try {
            InetAddress address = InetAddress.getByName(HOST);
            out.println("dns         " + HOST + " is " + address.getHostAddress());
            try (Socket s = dialer.dial(HOST, 80, Duration.ofSeconds(3))) {
                out.println("network     " + HOST + " port 80 answers: lessons use the real server");
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
