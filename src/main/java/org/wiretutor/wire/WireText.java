package org.wiretutor.wire;

import org.wiretutor.mirror.MirrorConfig;
import org.wiretutor.mirror.Trickle;
import org.wiretutor.text.Messages;

/**
 * The reasons the wire room gives, and other rooms pass back to it, for the built-in mirror answering instead of the
 * network. Their words, like all of this room's, are the message catalogue's {@code wire} section; the rest are
 * looked up where they are said.
 */
public final class WireText {

    private WireText() {}

    /** The learner started wiretutor with {@code --offline}. */
    static String offlineReason() {
        return Messages.get("wire.reason.offline");
    }

    /** Why a lesson that needs the mirror's own files gets it even when the network is there. */
    public static String lessonReason() {
        return Messages.get("wire.reason.lesson");
    }

    /**
     * Why the mirror answers an {@code open --keep-alive}: only it can wait longer than the real server for the next
     * request, and it says so in its {@code Keep-Alive} header.
     */
    public static String keepAliveReason(java.time.Duration idle) {
        return Messages.get("wire.reason.keepAlive", String.valueOf(idle.toSeconds()), idle.toSeconds(),
                MirrorConfig.APACHE_KEEP_ALIVE.toSeconds());
    }

    /** Two reasons for the mirror, both true: {@code --trickle} and {@code --keep-alive} together. */
    public static String bothReasons(String first, String second) {
        return Messages.get("wire.reason.both", first, second);
    }

    /** Why the mirror answers an {@code open --trickle}: only it can slow its own replies. */
    public static String trickleReason(Trickle t) {
        return Messages.get("wire.reason.trickle", t.toString(), String.valueOf(t.bytes()), t.bytes(),
                t.pause().toMillis());
    }
}
