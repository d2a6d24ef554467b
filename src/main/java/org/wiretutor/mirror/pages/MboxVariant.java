package org.wiretutor.mirror.pages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One learner's {@code mbox-short.txt}, the document of the character-counting exercises (2 and 3): a run of
 * consecutive messages from the bundled {@code mbox.txt}, so its size, and so both counts, differ from learner to
 * learner. It is always longer than the 3000 characters the exercises let a program show, so the limit matters.
 */
final class MboxVariant {

    static final String NAME = "mbox-short.txt";
    /** The messages are taken from this bundled file. */
    static final String SOURCE = "mbox.txt";
    /** Messages are added until the file has at least this many bytes; the target is drawn from the range. */
    static final int TARGET_LOW = 3100;
    static final int TARGET_HIGH = 3900;

    private MboxVariant() {
    }

    /**
     * Draws, in order, after the other variants: the modification time, the size target, then the first message.
     * Messages follow in the source's order (wrapping round to its first) until the target is reached.
     */
    static MirrorFile of(Seed seed, MirrorFile source) {
        Instant modified = seed.instant(IntroVariant.EARLIEST, IntroVariant.LATEST);
        int target = seed.between(TARGET_LOW, TARGET_HIGH);
        List<String> messages = messages(new String(source.content(), StandardCharsets.ISO_8859_1));
        int first = seed.below(messages.size());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < messages.size() && text.length() < target; i++) {
            text.append(messages.get((first + i) % messages.size()));
        }
        return new MirrorFile(NAME, source.contentType(), modified, text.toString()
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The source cut before each line that starts with {@code "From "}; each piece keeps its blank line. */
    static List<String> messages(String mbox) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int at = mbox.indexOf("\nFrom ", 0); at >= 0; at = mbox.indexOf("\nFrom ", at + 1)) {
            out.add(mbox.substring(start, at + 1));
            start = at + 1;
        }
        out.add(mbox.substring(start));
        return out;
    }
}
