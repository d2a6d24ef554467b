package org.wiretutor.classroom;

/**
 * How the live view shows things.
 *
 * @param anonymous never show client addresses: connections are known by number only, since a projected address
 *                  can tell the room who typed what
 * @param colour    ANSI colour for flags and statuses; only for a terminal, and never when NO_COLOR is set
 */
public record LiveOptions(boolean anonymous, boolean colour) {

    /** Addresses shown, no colour. */
    public static LiveOptions plain() {
        return new LiveOptions(false, false);
    }
}
