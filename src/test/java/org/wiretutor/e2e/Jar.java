package org.wiretutor.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built jar as a user would, with its own home folder. */
final class Jar {
    static final Path JAR = Path.of("target", "wiretutor.jar").toAbsolutePath();

    private Jar() {}

    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static boolean onPath(String program) {
        try {
            Process p = new ProcessBuilder("sh", "-c", "command -v " + program).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A result of a finished run. */
    record Run(int exit, String out, String err) {}

    static Run run(Path home, String stdin, String... args) throws IOException, InterruptedException {
        return runIn(home, home.getParent(), stdin, args);
    }

    /** Runs the jar with {@code home} as its wiretutor folder, keeping its output in {@code scratch}. */
    static Run runIn(Path home, Path scratch, String stdin, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(args));
        pb.environment().put("WIRETUTOR_HOME", home.toString());
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("wiretutor did not exit within 60 s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
