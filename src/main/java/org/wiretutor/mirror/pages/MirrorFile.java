package org.wiretutor.mirror.pages;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file the mirror serves. The last-modified instant keeps microseconds because Apache builds its ETag
 * from them; the Last-Modified header shows only whole seconds.
 *
 * @param name         the name in the URL, without a leading slash, e.g. {@code romeo.txt}
 * @param contentType  the Content-Type header value
 * @param lastModified the file's fixed modification time
 * @param content      the bytes served (copied in and out, so the record stays immutable)
 */
public record MirrorFile(String name, String contentType, Instant lastModified, byte[] content) {

    public MirrorFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(lastModified, "lastModified");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Size in bytes. */
    public int size() {
        return content.length;
    }

    /**
     * Apache's default ETag: size and mtime in microseconds, both hex, e.g. {@code "a7-54f6609245537"}.
     * Stable because the mtime is fixed in the index.
     */
    public String etag() {
        long micros = Math.addExact(Math.multiplyExact(lastModified.getEpochSecond(), 1_000_000L),
                lastModified.getNano() / 1_000L);
        return "\"" + Long.toHexString(content.length) + "-" + Long.toHexString(micros) + "\"";
    }

    /** Copy of {@code length} bytes starting at {@code offset}, for range replies. */
    public byte[] slice(long offset, long length) {
        return Arrays.copyOfRange(content, Math.toIntExact(offset), Math.toIntExact(offset + length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MirrorFile f && name.equals(f.name) && contentType.equals(f.contentType)
                && lastModified.equals(f.lastModified) && Arrays.equals(content, f.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, contentType, lastModified, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MirrorFile[" + name + ", " + contentType + ", " + lastModified + ", " + content.length + " bytes]";
    }
}
