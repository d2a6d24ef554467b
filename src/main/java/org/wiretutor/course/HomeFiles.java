package org.wiretutor.course;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writing in the wiretutor folder safely when several wiretutors share it (a shell and a {@code check}, or a class's
 * CI running checks in parallel): one writer at a time, each file replaced in one piece.
 *
 * <p>The lock is a {@link FileChannel#lock() file lock} on {@value #LOCK_FILE}, which keeps other processes out, and a
 * lock inside this JVM, since file locks are held per JVM and two threads asking for one would fail, not wait.
 */
final class HomeFiles {
    static final String LOCK_FILE = "wiretutor.lock";
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private HomeFiles() {}

    /** Work done while holding the folder's lock. */
    interface Locked<T> {
        T run() throws IOException;
    }

    /** Runs {@code work} holding the lock of {@code home}, creating the folder (private to the learner) if needed. */
    static <T> T locked(Path home, Locked<T> work) throws IOException {
        Path lockFile = home.resolve(LOCK_FILE).toAbsolutePath().normalize();
        ReentrantLock mine = IN_THIS_JVM.computeIfAbsent(lockFile, k -> new ReentrantLock());
        mine.lock();
        try {
            if (mine.getHoldCount() > 1) return work.run();   // this thread already holds the file lock too
            ensureDir(home);
            try (FileChannel channel = FileChannel.open(lockFile, java.util.Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE), privateFile(lockFile)); FileLock held = channel.lock()) {
                return work.run();
            }
        } finally {
            mine.unlock();
        }
    }

    /** Creates a folder of ours (mode 700) when it is missing. */
    static void ensureDir(Path dir) throws IOException {
        if (Files.isDirectory(dir)) return;
        Files.createDirectories(dir);
        if (posix(dir)) Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }

    /**
     * Replaces {@code file} with {@code content} in one piece: a temporary file with a name of its own in the same
     * folder (so writers never share one), written in full, then moved over the old file.
     */
    static void replace(Path file, byte[] content) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp", privateFile(file));
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                out.write(content);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** What is in these files is the learner's own business: only they may read it (mode 600). */
    private static FileAttribute<?>[] privateFile(Path near) {
        if (!posix(near)) return new FileAttribute<?>[0];
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
