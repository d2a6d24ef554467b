package org.wiretutor.mirror;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The closed set of files the mirror serves, loaded from the classpath (the app runs from a jar). Lookups go
 * through a name map only, so no request path can ever reach the filesystem.
 */
public final class MirrorFiles {

    private static final String FOLDER = "files/";
    private static final String INDEX = FOLDER + "index.properties";

    private final Map<String, MirrorFile> byName;

    MirrorFiles(List<MirrorFile> files) {
        Map<String, MirrorFile> map = new TreeMap<>();
        for (MirrorFile f : files) {
            map.put(f.name(), f);
        }
        this.byName = Map.copyOf(map);
    }

    /** The files bundled with wiretutor, as listed in {@code files/index.properties}. */
    public static MirrorFiles bundled() {
        Properties index = new Properties();
        try (InputStream in = open(INDEX)) {
            index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mirror's file index", e);
        }
        List<MirrorFile> files = new ArrayList<>();
        for (String name : index.stringPropertyNames()) {
            String[] parts = index.getProperty(name).split("\\|");
            if (parts.length != 2) {
                throw new IllegalStateException("bad index entry for " + name);
            }
            try (InputStream in = open(FOLDER + name)) {
                files.add(new MirrorFile(name, parts[0].trim(), Instant.parse(parts[1].trim()), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read mirror file " + name, e);
            }
        }
        return new MirrorFiles(files);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = MirrorFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource " + resource);
        }
        return in;
    }

    /**
     * The file with exactly this name; a single leading slash is allowed ({@code /romeo.txt}). Anything else
     * (sub-paths, dot segments, absolute paths) is simply not a name in the set.
     */
    public Optional<MirrorFile> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String name = path.startsWith("/") ? path.substring(1) : path;
        return Optional.ofNullable(byName.get(name));
    }

    /** All files, sorted by name. */
    public List<MirrorFile> all() {
        List<MirrorFile> list = new ArrayList<>(byName.values());
        list.sort(Comparator.comparing(MirrorFile::name));
        return List.copyOf(list);
    }
}
