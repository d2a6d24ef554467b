package org.wiretutor.mirror.pages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * One learner's {@code intro-short.txt}: sentences from a pool of our own, picked and ordered by the seed, so the
 * header exercise (Last-Modified, ETag, Content-Length) has a different answer for every learner. The body is
 * 350 to 600 bytes, wrapped at 72 columns with LF endings like the bundled file.
 */
final class IntroVariant {

    static final String NAME = "intro-short.txt";
    static final int MIN_BYTES = 350;
    static final int MAX_BYTES = 600;
    private static final int WIDTH = 72;
    /** Keeping every sentence this short is what keeps the text under {@link #MAX_BYTES}. */
    static final int LONGEST_SENTENCE = 110;
    /** Sentences are added until the text is at least this long; the target is drawn from this range. */
    private static final int TARGET_LOW = MIN_BYTES;
    private static final int TARGET_HIGH = MAX_BYTES - LONGEST_SENTENCE - 2;

    static final List<String> SENTENCES = List.of(
            "A networked program is two programs that agree to take turns over a connection.",
            "One side listens on a port and waits, and the other side dials that port to begin.",
            "Once the two ends are joined, each can write bytes into its socket and the other reads them out.",
            "The bytes arrive in order and without gaps, but they carry no meaning of their own.",
            "A protocol is the set of rules that gives those bytes a meaning both sides share.",
            "In HTTP the client speaks first: a request line, some headers, and then one empty line.",
            "The empty line matters, because it is how the server knows the request head is complete.",
            "The server answers with a status line, headers of its own, an empty line, and then the body.",
            "Every line in the head ends with a carriage return followed by a line feed.",
            "Headers are names and values separated by a colon, one pair on each line.",
            "Content-Length tells the reader exactly how many bytes of body will follow the head.",
            "With HTTP/1.0 the server closes the connection after one reply, which marks the end of the data.",
            "A program that reads until the connection closes needs a loop, since one read rarely gets it all.",
            "Data from the network comes in pieces whose sizes have nothing to do with lines or words.",
            "Sockets carry bytes, so text must be encoded before it is sent and decoded after it is read.",
            "The Last-Modified and ETag headers let a client ask later whether its copy is still current.",
            "A port number picks out one service on a host, the way an extension picks out one desk.",
            "The name of a host has to be turned into an address before any connection can be made.");

    /** Modification times are drawn from 2017 to 2019, to the microsecond, so the Apache-style ETag differs too. */
    static final Instant EARLIEST = Instant.parse("2017-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2020-01-01T00:00:00Z");

    private IntroVariant() {
    }

    /** Draws, in order: the modification time, the length target, then a shuffle of the pool. */
    static MirrorFile of(Seed seed) {
        Instant modified = seed.instant(EARLIEST, LATEST);
        int target = seed.between(TARGET_LOW, TARGET_HIGH);
        StringBuilder text = new StringBuilder();
        for (String s : seed.shuffled(SENTENCES)) {
            if (text.length() + 1 >= target) { // the file is the text plus its final line feed
                break;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(s);
        }
        byte[] body = wrap(text.toString()).getBytes(StandardCharsets.US_ASCII);
        return new MirrorFile(NAME, "text/plain", modified, body);
    }

    /** Greedy word wrap: each space that would pass the width becomes a line feed; the text ends with one. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > WIDTH) {
                out.append('\n');
                lineStart = out.length();
            } else if (out.length() > lineStart) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.append('\n').toString();
    }
}
