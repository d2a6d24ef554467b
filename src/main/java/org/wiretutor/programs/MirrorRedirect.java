package org.wiretutor.programs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lets a program written for data.pr4e.org reach the built-in mirror unchanged, as far as that can be done from
 * outside it: a private folder with a {@code sitecustomize.py} first on {@code PYTHONPATH} bends Python's
 * connections to the mirrored hosts (and only those) to the mirror's loopback port; {@code http_proxy} points
 * programs that honour it (urllib, curl) at the mirror; {@code JDK_JAVA_OPTIONS} does the same for Java's
 * {@code HttpURLConnection} and {@code HttpClient}. What the Python side could not redirect is noted, so the learner
 * can be told where their program went instead. One per run; {@link #close()} removes the folder.
 */
public final class MirrorRedirect implements AutoCloseable {
    /** Where the mirror stands in for one host and port. */
    public record Route(String host, int port, InetSocketAddress to) {
        public Route {
            host = host.toLowerCase(Locale.ROOT);
        }
    }

    /** How a connection the program made on its own went. */
    public enum Outcome { DIRECT, FAILED, UNRESOLVED }

    /**
     * A connection the program made, or tried, that did not go to the mirror. Host and detail are the program's
     * words: show them escaped.
     *
     * @param detail why it failed, as the system said, or empty
     */
    public record Attempt(Outcome outcome, String host, String port, String detail) {}

    static final String SITECUSTOMIZE = "sitecustomize.py";
    /** What follows a frame's file name in a traceback: {@code ", line 120, in connect"}. */
    private static final Pattern FRAME_TAIL = Pattern.compile(", line \\d+, in \\S+\r?");
    /** The line of carets (and tildes) Python 3.11 and later print under the part of a source line that failed. */
    private static final Pattern CARETS = Pattern.compile(" *[~^]+[~^ ]*\r?");
    /** The notes read back are bounded, like a program's output. */
    private static final int MAX_NOTES_BYTES = 16 * 1024;

    private final Path folder;
    private final Path notes;
    private final Map<String, String> environment;
    private final String javaOptions;
    /** How a traceback starts a frame of our sitecustomize: Python names the file by its absolute path. */
    private final String ownFrame;

    private MirrorRedirect(Path folder, Map<String, String> environment, String javaOptions) {
        this.folder = folder;
        this.ownFrame = "  File \"" + folder.toAbsolutePath().normalize().resolve(SITECUSTOMIZE) + "\"";
        this.notes = folder.resolve("notes.txt");
        this.environment = environment;
        this.javaOptions = javaOptions;
    }

    /**
     * Prepares the folder and the environment.
     *
     * @param routes    the host names and ports to bend, and where to
     * @param proxy     the mirror's HTTP address, for proxy settings
     * @param inherited the environment the program would otherwise get, so its own PYTHONPATH and
     *                  JDK_JAVA_OPTIONS are kept (after ours)
     */
    public static MirrorRedirect prepare(List<Route> routes, InetSocketAddress proxy, Map<String, String> inherited)
            throws IOException {
        Path folder = Files.createTempDirectory("wiretutor-redirect");
        try (InputStream in = MirrorRedirect.class.getResourceAsStream(SITECUSTOMIZE)) {
            if (in == null) throw new IOException(SITECUSTOMIZE + " is missing from wiretutor");
            Files.copy(in, folder.resolve(SITECUSTOMIZE));
        }
        String proxyUrl = "http://" + literal(proxy) + ":" + proxy.getPort();
        Map<String, String> env = new HashMap<>();
        env.put("http_proxy", proxyUrl);
        env.put("HTTP_PROXY", proxyUrl);
        env.put("no_proxy", "");
        env.put("NO_PROXY", "");
        env.put("PYTHONUNBUFFERED", "1");
        env.put("PYTHONIOENCODING", "utf-8");
        String path = inherited.getOrDefault("PYTHONPATH", "");
        env.put("PYTHONPATH", folder + (path.isEmpty() ? "" : java.io.File.pathSeparator + path));
        env.put("WIRETUTOR_ROUTES", String.join(" ", routes.stream()
                .map(r -> r.host() + ":" + r.port() + "=" + literal(r.to()) + ":" + r.to().getPort()).toList()));
        env.put("WIRETUTOR_NOTES", folder.resolve("notes.txt").toString());
        String own = inherited.getOrDefault("JDK_JAVA_OPTIONS", "").strip();
        String java = (own.isEmpty() ? "" : own + " ") + "-Dhttp.proxyHost=" + literal(proxy)
                + " -Dhttp.proxyPort=" + proxy.getPort();
        env.put("JDK_JAVA_OPTIONS", java);
        return new MirrorRedirect(folder, Map.copyOf(env), java);
    }

    /** What to add to the program's environment. */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * The output without what wiretutor's own machinery printed into it, not the learner's program: the one line
     * Java's launcher prints because of {@code JDK_JAVA_OPTIONS}, and the frames of our {@code sitecustomize.py} in a
     * Python traceback (every connection goes through its wrappers, so a program that fails to connect would show
     * them, though its own code called {@code connect}).
     */
    public String withoutOwnNotes(String output) {
        String line = "NOTE: Picked up JDK_JAVA_OPTIONS: " + javaOptions + "\n";
        int at = output.indexOf(line);
        return withoutOwnFrames(at < 0 ? output : output.substring(0, at) + output.substring(at + line.length()));
    }

    /**
     * The output without each traceback frame whose file is our {@code sitecustomize.py} (this run's folder, no
     * other): its {@code File "...", line N, in NAME} line, the source line under it and, from Python 3.11, the line
     * of carets under that. Every other frame stays, a {@code sitecustomize.py} of the learner's own included.
     */
    String withoutOwnFrames(String output) {
        if (!output.contains(ownFrame)) return output;
        String[] lines = output.split("\n", -1);
        StringBuilder kept = new StringBuilder(output.length());
        for (int i = 0; i < lines.length; i++) {
            if (isOwnFrame(lines[i])) {
                if (i + 1 < lines.length && lines[i + 1].startsWith("    ")) {
                    i++;
                    if (i + 1 < lines.length && CARETS.matcher(lines[i + 1]).matches()) i++;
                }
                continue;
            }
            kept.append(lines[i]);
            if (i < lines.length - 1) kept.append('\n');
        }
        return kept.toString();
    }

    /** {@code File "OUR PATH", line N, in NAME}, as Python's traceback prints a frame of ours. */
    private boolean isOwnFrame(String line) {
        return line.startsWith(ownFrame) && FRAME_TAIL.matcher(line.substring(ownFrame.length())).matches();
    }

    /** The connections the program made or tried on its own, each once, in the order first seen. */
    public List<Attempt> attempts() {
        Set<Attempt> found = new LinkedHashSet<>();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(notes)) {
            bytes = in.readNBytes(MAX_NOTES_BYTES);
        } catch (IOException e) {
            return List.of();   // no notes: nothing was tried outside the mirror (or the program was not Python)
        }
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split(" ", 4);
            if (f.length < 3) continue;
            Outcome outcome = switch (f[0]) {
                case "direct" -> Outcome.DIRECT;
                case "failed" -> Outcome.FAILED;
                case "unresolved" -> Outcome.UNRESOLVED;
                default -> null;
            };
            if (outcome != null) found.add(new Attempt(outcome, f[1], f[2], f.length > 3 ? f[3].strip() : ""));
        }
        return new ArrayList<>(found);
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder of a few kilobytes, in the system's temporary folder
        }
    }

    /**
     * The address as the program will see it after resolving (127.0.0.1, not "localhost"), so a connection to
     * the mirror itself, through the proxy settings, is recognised as the mirror's and never reported as a
     * connection made around it.
     */
    private static String literal(InetSocketAddress address) {
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }
}
