package org.wiretutor.mirror;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wiretutor.text.Messages;

/**
 * A reply sent a few bytes at a time: writes of {@code bytes} with {@code pause} between them, so a client on
 * loopback sees a reply arrive in pieces as it would over a slow network, and learns why a program must keep
 * calling recv() until the server closes. Typed as {@code BYTES:MILLIS}, e.g. {@code 16:5}.
 *
 * @param bytes how many bytes each write carries, from 1 to {@link #MAX_BYTES}
 * @param pause the pause after each write before the next, from 0 to {@link #MAX_PAUSE}
 */
public record Trickle(int bytes, Duration pause) implements ReplyPacing {

    public static final int MAX_BYTES = 65_536;
    public static final Duration MAX_PAUSE = Duration.ofMillis(5_000);
    /** The form as help texts show it. */
    public static final String FORM = "BYTES:MILLIS";

    private static final Pattern FORM_PATTERN = Pattern.compile("(\\d{1,9}):(\\d{1,9})");

    public Trickle {
        if (pause == null || bytes < 1 || bytes > MAX_BYTES || pause.isNegative()
                || pause.compareTo(MAX_PAUSE) > 0) {
            throw new IllegalArgumentException(bad(bytes + ":" + (pause == null ? "?" : pause.toMillis())));
        }
    }

    /**
     * Reads {@code BYTES:MILLIS}.
     *
     * @throws IllegalArgumentException with a message for the person who typed it: what was wrong and the form
     */
    public static Trickle parse(String typed) {
        Matcher m = FORM_PATTERN.matcher(typed == null ? "" : typed.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(bad(typed));
        }
        long bytes = Long.parseLong(m.group(1));
        long millis = Long.parseLong(m.group(2));
        if (bytes < 1 || bytes > MAX_BYTES || millis > MAX_PAUSE.toMillis()) {
            throw new IllegalArgumentException(bad(typed));
        }
        return new Trickle((int) bytes, Duration.ofMillis(millis));
    }

    /** What a bad value gets told, with the value in front. */
    private static String bad(String typed) {
        return Messages.get("mirror.trickle.bad", typed, MAX_BYTES, MAX_PAUSE.toMillis());
    }

    /** As typed: {@code 16:5}. */
    @Override
    public String toString() {
        return bytes + ":" + pause.toMillis();
    }
}
