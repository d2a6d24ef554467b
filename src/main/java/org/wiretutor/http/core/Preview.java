package org.wiretutor.http.core;

/**
 * The first bytes of a run that may be long (a body, a chunk, a line too long, bytes after a reply), and how many
 * bytes the run had in all: the parser keeps a bounded preview and counts the rest.
 *
 * @param kept  the bytes kept, at most the parser's limit for this run
 * @param total every byte of the run, kept or not
 */
public record Preview(byte[] kept, long total) {

    public Preview {
        kept = kept == null ? new byte[0] : kept.clone();
    }

    @Override
    public byte[] kept() {
        return kept.clone();
    }

    /** How many bytes were kept. */
    public int keptCount() {
        return kept.length;
    }

    /** Bytes that were counted but not kept. */
    public long dropped() {
        return total - kept.length;
    }
}
