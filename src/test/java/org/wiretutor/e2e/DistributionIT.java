package org.wiretutor.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built zip, unpacked as a learner would into a folder whose path has a space, run with only Java on the
 * PATH: no Maven, no sources. The class-data-sharing archive goes to the per-user cache, never into the install.
 */
class DistributionIT {
    /** What bin/wiretutor needs besides java: sh and a few POSIX tools. */
    private static final List<String> TOOLS = List.of("sh", "dirname", "readlink", "ls", "sed", "head", "cksum", "cut",
            "mkdir", "mv", "rm");

    @TempDir
    Path dir;

    private static String version() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("target/classes/org/wiretutor/version.properties"))) {
            p.load(in);
        }
        return p.getProperty("version");
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(List<String> command, Map<String, String> env, Path cwd, String stdin)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Path out = Files.createTempFile(cwd, "out", ".txt");
        Path err = Files.createTempFile(cwd, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not exit within 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Every file and folder under {@code root}, with size and modification time: any write shows as a change. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                all.put(root.relativize(f).toString(), Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
            }
        }
        return all;
    }

    private static void setWritable(Path root, boolean writable) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                var perms = Files.getPosixFilePermissions(f);
                for (PosixFilePermission w : List.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.OTHERS_WRITE)) {
                    if (writable && w == PosixFilePermission.OWNER_WRITE) perms.add(w);
                    else perms.remove(w);
                }
                Files.setPosixFilePermissions(f, perms);
            }
        }
    }

    private static void sh(Path cwd, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).inheritIO().start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command));
    }

    /** A PATH folder holding java and the few tools the launcher uses, and no mvn. */
    private Path javaOnlyPath() throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("path bin"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : TOOLS) {
            Process p = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
            String found = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && found.startsWith("/"),
                    tool + " is needed on this machine");
            Files.createSymbolicLink(bin.resolve(tool), Path.of(found));
        }
        return bin;
    }

    @Test
    void theZipRunsWithOnlyJavaAndKeepsItsArchiveInTheUsersCache() throws Exception {
        Assumptions.assumeTrue(Jar.onPath("unzip"), "unzip is not installed");
        String version = version();
        Path zip = Path.of("target", "wiretutor-" + version + ".zip").toAbsolutePath();
        assertTrue(Files.isRegularFile(zip), zip + " was built by mvn package");

        Path unpacked = Files.createDirectories(dir.resolve("my courses"));
        sh(dir, "unzip", "-q", zip.toString(), "-d", unpacked.toString());
        try (Stream<Path> top = Files.list(unpacked)) {
            assertEquals(List.of("wiretutor-" + version), top.map(p -> p.getFileName().toString()).toList(),
                    "one top folder");
        }
        Path install = unpacked.resolve("wiretutor-" + version);
        for (String f : List.of("bin/wiretutor", "bin/wiretutor.cmd", "lib/wiretutor.jar", "LICENSE", "README.txt")) {
            assertTrue(Files.isRegularFile(install.resolve(f)), f);
        }
        assertTrue(Files.isExecutable(install.resolve("bin/wiretutor")), "bin/wiretutor is executable");
        assertTrue(Files.readString(install.resolve("README.txt")).contains("Java 17"), "README.txt says what is needed");

        Path path = javaOnlyPath();
        Path home = Files.createDirectories(dir.resolve("learner home"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Map<String, String> env = new TreeMap<>(Map.of("PATH", path.toString(), "HOME", home.toString(),
                "LANG", "C.UTF-8", "TMPDIR", System.getProperty("java.io.tmpdir")));
        Run mvn = run(List.of("sh", "-c", "command -v mvn"), env, work, "");
        assertTrue(mvn.exit() != 0 && mvn.out().isEmpty(), "no mvn on the PATH: " + mvn.out());

        // a learner's link to the launcher from elsewhere, relative, in a folder with a space too
        Path links = Files.createDirectories(dir.resolve("my links"));
        Files.createSymbolicLink(links.resolve("wiretutor"),
                links.relativize(install.resolve("bin/wiretutor")));

        Map<String, String> before = snapshot(install);
        setWritable(install, false);
        try {
            Run first = run(List.of(install.resolve("bin/wiretutor").toString(), "--version"), env, work, "");
            assertEquals(0, first.exit(), first.out() + first.err());
            assertTrue(first.out().startsWith("wiretutor " + version + "\n"), first.out());
            assertEquals("", first.err());

            Path cache = home.resolve(".cache/wiretutor/" + version);
            List<Path> archives;
            try (Stream<Path> files = Files.list(cache)) {
                archives = files.toList();
            }
            assertEquals(1, archives.size(), "one archive and nothing else: " + archives);
            Path jsa = archives.get(0);
            assertTrue(jsa.getFileName().toString().endsWith(".jsa"), jsa.toString());
            long made = Files.getLastModifiedTime(jsa).toMillis();

            Run lesson = run(List.of(links.resolve("wiretutor").toString(), "--offline"), env, work,
                    "lesson 1\nnext\nopen data.pr4e.org 80\nGET http://data.pr4e.org/romeo.txt HTTP/1.0\n\n");
            assertEquals(0, lesson.exit(), lesson.out() + lesson.err());
            assertTrue(lesson.out().contains("← HTTP/1.1 200 OK\\r\\n"), lesson.out());
            assertTrue(lesson.out().contains("│ But soft what light through yonder window breaks\\n"), lesson.out());
            assertEquals("", lesson.err());
            assertEquals(made, Files.getLastModifiedTime(jsa).toMillis(), "the second run found the archive");
            try (Stream<Path> files = Files.list(cache)) {
                assertEquals(List.of(jsa), files.toList());
            }
            // and it maps in for this jar: -Xshare:on stops the JVM when it cannot
            Run mapped = run(List.of(path.resolve("java").toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Xss512k", "-XX:SharedArchiveFile=" + jsa, "-Xshare:on", "-jar",
                    install.resolve("lib/wiretutor.jar").toString(), "--version"), env, work, "");
            assertEquals(0, mapped.exit(), mapped.out() + mapped.err());

            // a cache folder that cannot be made: no archive, no complaint
            Path aFile = Files.writeString(dir.resolve("a file"), "");
            Map<String, String> noCache = new TreeMap<>(env);
            noCache.put("XDG_CACHE_HOME", aFile.resolve("cache").toString());
            Run without = run(List.of(install.resolve("bin/wiretutor").toString(), "--version"), noCache, work, "");
            assertEquals(0, without.exit(), without.out() + without.err());
            assertTrue(without.out().startsWith("wiretutor " + version + "\n"), without.out());
            assertEquals("", without.err());

            assertEquals(before, snapshot(install), "nothing was written inside the unpacked folder");
        } finally {
            setWritable(install, true);
        }
    }

    @Test
    void theTarGzHoldsTheSameFilesWithTheLauncherExecutable() throws Exception {
        Assumptions.assumeTrue(Jar.onPath("unzip") && Jar.onPath("tar"), "needs unzip and tar");
        String version = version();
        Path fromZip = Files.createDirectories(dir.resolve("zip"));
        Path fromTar = Files.createDirectories(dir.resolve("tar"));
        sh(dir, "unzip", "-q", Path.of("target", "wiretutor-" + version + ".zip").toAbsolutePath().toString(),
                "-d", fromZip.toString());
        sh(dir, "tar", "-xzf", Path.of("target", "wiretutor-" + version + ".tar.gz").toAbsolutePath().toString(),
                "-C", fromTar.toString());
        List<String> zipFiles = files(fromZip);
        assertEquals(zipFiles, files(fromTar));
        assertEquals(List.of("wiretutor-" + version + "/LICENSE", "wiretutor-" + version + "/README.txt",
                "wiretutor-" + version + "/bin/wiretutor", "wiretutor-" + version + "/bin/wiretutor.cmd",
                "wiretutor-" + version + "/lib/wiretutor.jar"), zipFiles);
        for (String f : zipFiles) {
            assertArrayEquals(Files.readAllBytes(fromZip.resolve(f)), Files.readAllBytes(fromTar.resolve(f)), f);
        }
        Path launcher = fromTar.resolve("wiretutor-" + version + "/bin/wiretutor");
        assertTrue(Files.getPosixFilePermissions(launcher).containsAll(List.of(PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE)), "bin/wiretutor is executable");
        String cmd = Files.readString(fromTar.resolve("wiretutor-" + version + "/bin/wiretutor.cmd"));
        assertTrue(cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains("\n"), "bin/wiretutor.cmd has CRLF lines");
        String sh = Files.readString(launcher);
        assertTrue(sh.startsWith("#!/bin/sh\n") && !sh.contains("\r"), "bin/wiretutor is a sh script with LF lines");
        assertFalse(sh.contains("@project.version@"), "the version is filled in");
        assertTrue(sh.contains("version='" + version + "'"), "the version is filled in");
    }

    private static List<String> files(Path root) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> all.add(root.relativize(f).toString()));
        }
        all.sort(null);
        return all;
    }
}
