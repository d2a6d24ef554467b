package org.wiretutor.mirror.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.wiretutor.mirror.pages.MirrorFile;
import org.wiretutor.mirror.pages.MirrorFiles;
import org.wiretutor.mirror.pages.Resource;
import org.wiretutor.text.Messages;

/**
 * What an export writes and what the server configurations must say, worked out once from a file set so the
 * Apache and nginx renderings cannot disagree.
 *
 * @param www         the absolute document root the configurations name
 * @param options     where the servers listen
 * @param learner     the learner whose variant this is, or empty for the bundled files
 * @param files       the files for {@code www/}, named as they are served
 * @param index       the file that stands in for the mirror's generated page at {@code /}, if any
 * @param types       content type by file extension, where every file with that extension agrees
 * @param forcedTypes content type by file name, for the files no extension rule fits
 * @param redirects   permanent redirects: path (with its slash) to the path they point at, on the host the client
 *                    named (as the mirror answers)
 * @param chunked     files the mirror sends chunked to HTTP/1.1 clients; a static server cannot
 */
record ExportPlan(Path www, ExportOptions options, Optional<String> learner, List<MirrorFile> files,
                  Optional<String> index, Map<String, String> types, Map<String, String> forcedTypes,
                  Map<String, String> redirects, List<String> chunked) {

    /** The name the generated index page gets on disk; both configurations make it the directory index. */
    static final String INDEX_NAME = "index.htm";

    ExportPlan {
        files = List.copyOf(files);
        types = ordered(types);
        forcedTypes = ordered(forcedTypes);
        redirects = ordered(redirects);
        chunked = List.copyOf(chunked);
    }

    /** Unmodifiable but in the given order (Map.copyOf is not), so the same export writes the same bytes. */
    private static Map<String, String> ordered(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * @throws IllegalArgumentException when the folder's path holds a character that a configuration file could
     *                                  not quote safely
     */
    static ExportPlan of(MirrorFiles set, Path www, ExportOptions options, Optional<String> learner) {
        Path root = www.toAbsolutePath().normalize();
        checkQuotable(root);
        List<MirrorFile> files = new ArrayList<>(set.all());
        Map<String, String> redirects = new LinkedHashMap<>();
        List<String> chunked = new ArrayList<>();
        set.specials().forEach((name, r) -> {
            if (r instanceof Resource.Chunked c) {
                files.add(c.file());
                chunked.add(c.file().name());
            } else if (r instanceof Resource.Moved m) {
                redirects.put("/" + name, m.path());
            }
        });
        Optional<String> index = Optional.empty();
        if (set.find(INDEX_NAME).isEmpty()) {
            MirrorFile page = ((Resource.Plain) set.lookup("/").orElseThrow()).file();
            files.add(new MirrorFile(INDEX_NAME, page.contentType(), page.lastModified(), page.content()));
            index = Optional.of(INDEX_NAME);
        }
        files.sort((a, b) -> a.name().compareTo(b.name()));
        Map<String, String> types = new TreeMap<>();
        Map<String, String> forced = new TreeMap<>();
        assignTypes(files, types, forced);
        return new ExportPlan(root, options, learner, files, index, types, forced, redirects, chunked);
    }

    /** One rule per extension where the files agree, so the configs stay short; a file rule for each exception. */
    private static void assignTypes(List<MirrorFile> files, Map<String, String> types, Map<String, String> forced) {
        Map<String, String> seen = new TreeMap<>();
        List<String> mixed = new ArrayList<>();
        for (MirrorFile f : files) {
            extension(f.name()).ifPresent(ext -> {
                String before = seen.putIfAbsent(ext, f.contentType());
                if (before != null && !before.equals(f.contentType())) {
                    mixed.add(ext);
                }
            });
        }
        seen.forEach((ext, type) -> {
            if (!mixed.contains(ext)) {
                types.put(ext, type);
            }
        });
        for (MirrorFile f : files) {
            if (extension(f.name()).map(ext -> !types.containsKey(ext)).orElse(true)) {
                forced.put(f.name(), f.contentType());
            }
        }
    }

    static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? Optional.of(name.substring(dot + 1)) : Optional.empty();
    }

    private static void checkQuotable(Path root) {
        String s = root.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == 0x7f || c == '"' || c == '\\' || c == '$') {
                throw new IllegalArgumentException(Messages.get("mirror.export.unquotable", root.toString(),
                        c < ' ' || c == 0x7f ? Messages.get("mirror.export.controlCharacter")
                                : Messages.get("mirror.export.theCharacter", String.valueOf(c))));
            }
        }
    }
}
