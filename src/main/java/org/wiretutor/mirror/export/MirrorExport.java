package org.wiretutor.mirror.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.wiretutor.mirror.pages.MirrorFile;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.text.Messages;

/**
 * Writes the mirror out for a permanent server: its files with their modification times, so a real server's
 * Last-Modified (and Apache's ETag) come out as the mirror's, plus Apache and nginx configurations and a README.
 * Nothing outside the folder is touched, and nothing in it is deleted.
 */
public final class MirrorExport {

    static final String WWW = "www";
    static final String APACHE = "apache/wiretutor.conf";
    static final String NGINX = "nginx/wiretutor.conf";
    static final String README = "README.md";

    private MirrorExport() {
    }

    /**
     * What was written.
     *
     * @param www        the document root
     * @param files      how many files went into it
     * @param apache     the Apache configuration
     * @param nginx      the nginx configuration
     * @param readme     the README
     * @param leftovers  files already in {@code www/} that the mirror does not serve (left alone, but a real
     *                   server would serve them)
     */
    public record Summary(Path www, int files, Path apache, Path nginx, Path readme, List<String> leftovers) {
        public Summary {
            leftovers = List.copyOf(leftovers);
        }
    }

    /** The folder holds something and {@link ExportOptions#force()} was not given, or it is not a folder. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /**
     * @param learner whose variant {@code files} is, for the README; empty for the bundled files
     * @throws IllegalArgumentException when a configuration could not name the folder (see {@link ExportPlan})
     * @throws Refused                  when the folder may not be written into
     * @throws IOException              when writing fails part way; what was written stays
     */
    public static Summary write(MirrorFiles files, Path dir, ExportOptions options, Optional<String> learner)
            throws Refused, IOException {
        Path root = dir.toAbsolutePath().normalize();
        ExportPlan plan = ExportPlan.of(files, root.resolve(WWW), options, learner);
        checkWritable(root, options.force());
        Path www = Files.createDirectories(plan.www());
        List<String> leftovers = leftovers(www, plan);
        for (MirrorFile f : plan.files()) {
            Path p = www.resolve(f.name());
            writeFile(p, f.content());
            Files.setLastModifiedTime(p, FileTime.from(f.lastModified()));
        }
        Path apache = writeText(root.resolve(APACHE), ApacheSnippet.render(plan));
        Path nginx = writeText(root.resolve(NGINX), NginxSnippet.render(plan));
        Path readme = writeText(root.resolve(README), ExportReadme.render(plan));
        return new Summary(www, plan.files().size(), apache, nginx, readme, leftovers);
    }

    private static void checkWritable(Path root, boolean force) throws Refused, IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(root)) {
            throw new Refused(Messages.get("mirror.export.notAFolder", root.toString()));
        }
        if (!force) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
                if (entries.iterator().hasNext()) {
                    throw new Refused(Messages.get("mirror.export.notEmpty", root.toString()));
                }
            }
        }
    }

    /** Files an earlier export or a person left in www/ that this export does not write. */
    private static List<String> leftovers(Path www, ExportPlan plan) throws IOException {
        Set<String> ours = plan.files().stream().map(MirrorFile::name).collect(Collectors.toSet());
        Set<String> other = new TreeSet<>();
        try (Stream<Path> entries = Files.list(www)) {
            entries.map(p -> p.getFileName().toString()).filter(n -> !ours.contains(n)).forEach(other::add);
        }
        return new ArrayList<>(other);
    }

    private static Path writeText(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        writeFile(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** Refuses to write through a symbolic link at the file itself, so a --force export cannot be aimed elsewhere by one. */
    private static void writeFile(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }
}
