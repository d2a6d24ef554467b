package org.wiretutor.mirror.pages;

import org.wiretutor.text.Messages;

/** The rules for the ids that {@link MirrorFiles#forLearner} accepts, with messages a learner can act on. */
final class LearnerId {

    static final int MAX_LENGTH = 64;

    private LearnerId() {
    }

    /**
     * The id with surrounding whitespace removed (ids are often pasted with a trailing newline), once it is
     * known to be 1 to 64 printable ASCII characters without spaces; case is kept, so {@code Alice} and
     * {@code alice} are different learners.
     *
     * @throws IllegalArgumentException saying what is wrong with the id
     */
    static String check(String id) {
        if (id == null) {
            throw new IllegalArgumentException(Messages.get("mirror.learnerId.missing"));
        }
        String trimmed = id.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("mirror.learnerId.empty"));
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(Messages.get("mirror.learnerId.tooLong", Integer.toString(MAX_LENGTH),
                    trimmed.length()));
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException(Messages.get("mirror.learnerId.badCharacter",
                        String.format("U+%04X", (int) c), i + 1));
            }
        }
        return trimmed;
    }
}
