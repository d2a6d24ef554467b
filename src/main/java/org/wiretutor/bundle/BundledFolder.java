package org.wiretutor.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A folder shipped inside wiretutor ({@code lessons}, {@code exercises}) as a {@link Path}, whether
 * the classes run from the shaded jar (a zip file system, opened once and shared) or from a folder.
 */
public final class BundledFolder {
    private BundledFolder() {}

    /** The folder, or empty when this build does not carry it. */
    public static Optional<Path> find(String name) {
        URL url = BundledFolder.class.getClassLoader().getResource(name);
        if (url == null) return Optional.empty();
        try {
            URI uri = url.toURI();
            return Optional.of("jar".equals(uri.getScheme()) ? jar(uri).getPath(name) : Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("bundled " + name + " unreadable: " + e.getMessage(), e));
        }
    }

    private static FileSystem jar(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            try {
                return FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException raced) {
                return FileSystems.getFileSystem(uri);
            }
        }
    }
}
