import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wiretutor.http.Annotation;
import org.wiretutor.http.ResponseAnnotator;

/**
 * Annotating a large reply, streaming: feeds a synthetic reply (status line, headers, then SIZE MB of body) to
 * {@link ResponseAnnotator} in 64 KiB pieces and reports its throughput and the heap it keeps, next to the cost floor
 * measured in the same run: reading the very same bytes from the same {@link InputStream} in the same 64 KiB pieces
 * and doing nothing with them.
 *
 * <pre>
 *   java -cp target/wiretutor.jar bench/AnnotateBench.java SIZE_MB [SIZE_MB ...]     e.g. 1 10 100
 * </pre>
 *
 * Two framings: {@code Content-Length} (one body of SIZE MB) and {@code chunked} (chunks of 8 KiB, then the last
 * chunk). MB means 2^20 bytes. Prints a Markdown table. See bench/README.md.
 */
public class AnnotateBench {
    static final int PIECE = 64 * 1024;          // bytes handed to feed() at a time
    static final int CHUNK = 8 * 1024;           // data bytes per chunk in the chunked variant
    static final long MB = 1L << 20;
    static final long TARGET_BYTES = 256 * MB;   // each timed measurement reads at least this much (small sizes repeat)
    static final int ROUNDS = 5;                 // timed measurements of each kind; the median is reported

    static final byte[] TEXT = ("But soft what light through yonder window breaks\n"
            + "It is the east and Juliet is the sun\n"
            + "Arise fair sun and kill the envious moon\n"
            + "Who is already sick and pale with grief\n").getBytes(StandardCharsets.US_ASCII);

    static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java -cp target/wiretutor.jar bench/AnnotateBench.java SIZE_MB [SIZE_MB ...]");
            System.exit(2);
        }
        long[] sizes = Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        for (long s : sizes) {
            if (s < 1 || s > 100_000) {
                System.err.println("AnnotateBench: SIZE_MB must be from 1 to 100000, not " + s);
                System.exit(2);
            }
        }
        boolean[] chunkedVariants = {false, true};
        usedAfterGc();

        // Warm-up, not counted: both readers, both framings, until the JIT has settled.
        for (int i = 0; i < 3; i++) {
            for (boolean chunked : chunkedVariants) {
                floor(Reply.of(64, chunked));
                annotate(Reply.of(64, chunked), null);
            }
        }

        List<String> rows = new ArrayList<>();
        List<String> heapRows = new ArrayList<>();
        for (boolean chunked : chunkedVariants) {
            for (long size : sizes) {
                Reply reply = Reply.of(size, chunked);
                int passes = (int) Math.max(1, (TARGET_BYTES + reply.length() - 1) / reply.length());
                double[] floorRate = new double[ROUNDS];
                double[] annotateRate = new double[ROUNDS];
                for (int r = 0; r < ROUNDS; r++) {   // alternate which goes first
                    if (r % 2 == 0) {
                        floorRate[r] = rate(reply, passes, false);
                        annotateRate[r] = rate(reply, passes, true);
                    } else {
                        annotateRate[r] = rate(reply, passes, true);
                        floorRate[r] = rate(reply, passes, false);
                    }
                }
                double f = median(floorRate);
                double a = median(annotateRate);

                // Heap: full GC, then used heap, at 0/25/50/75/100 % of the reply, the annotator alive throughout.
                Heap floorHeap = floorHeap(reply);
                Heap annotateHeap = annotateHeap(reply);
                String framing = chunked ? "chunked (8 KiB chunks)" : "Content-Length";
                rows.add(String.format(Locale.ROOT, "| %s | %d MB | %,.0f MB/s | %,.0f MB/s | **%.2f** | %s | %s | %s | %s |",
                        framing, size, f, a, f / a, kib(floorHeap.growth()), kib(annotateHeap.growth()),
                        kib(annotateHeap.growth() - floorHeap.growth()),
                        kib(annotateHeap.allocated / Math.max(1, reply.length() / MB))));
                heapRows.add(String.format(Locale.ROOT, "| %s | %d MB | %s | %s |", framing, size,
                        floorHeap.samplesText(), annotateHeap.samplesText()));
                System.err.printf(Locale.ROOT, "AnnotateBench: %s %d MB: floor %.0f MB/s, annotator %.0f MB/s%n",
                        framing, size, f, a);
            }
        }

        Runtime rt = Runtime.getRuntime();
        StringBuilder out = new StringBuilder();
        out.append("| framing | body | floor: read into nothing | annotator | time ratio (annotator / floor) "
                + "| heap kept, floor | heap kept, annotator | annotator's own | garbage per MB, annotator |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach(r -> out.append(r).append('\n'));
        out.append("\nHeap kept: the most used heap after a full GC while reading, minus the used heap before the reader"
                + " was made (both readers hold a 64 KiB buffer). Used heap after a full GC (KiB) before reading, after"
                + " the first 64 KiB, at 25, 50 and 75 %, and at the end, the reader still alive:\n\n");
        out.append("| framing | body | floor | annotator |\n|---|---:|---|---|\n");
        heapRows.forEach(r -> out.append(r).append('\n'));
        out.append(String.format(Locale.ROOT, "%nJVM: %s %s, max heap %d MB, collectors %s. Each timed measurement reads"
                        + " the reply over and over until at least %d MB have gone by; median of %d, the two readers"
                        + " alternating, after a warm-up of 3 × 64 MB of each.%n",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), rt.maxMemory() / MB,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName())
                        .reduce((x, y) -> x + " + " + y).orElse("?"),
                TARGET_BYTES / MB, ROUNDS));
        System.out.print(out);
    }

    // ------------------------------------------------------------------ timing

    /** MB per second over enough passes to read at least TARGET_BYTES. */
    static double rate(Reply reply, int passes, boolean annotated) {
        long t0 = System.nanoTime();
        long bytes = 0;
        for (int p = 0; p < passes; p++) {
            bytes += annotated ? annotate(reply, null) : floor(reply);
        }
        long ns = System.nanoTime() - t0;
        return (bytes / (double) MB) / (ns / 1e9);
    }

    static volatile long sink;   // keeps the floor's result alive

    /** The cost floor: the same bytes, the same stream, the same 64 KiB pieces, into nothing. */
    static long floor(Reply reply) {
        byte[] buf = new byte[PIECE];
        long n = 0;
        int x = 0;
        try (InputStream in = reply.open()) {
            int r;
            while ((r = in.read(buf, 0, PIECE)) > 0) {
                n += r;
                x += buf[r - 1];
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        sink += x;
        return n;
    }

    /** The annotator fed in 64 KiB pieces; checks it read the whole reply correctly. {@code at} samples the heap. */
    static long annotate(Reply reply, Heap at) {
        byte[] buf = new byte[PIECE];
        long n = 0;
        int annotations = 0;
        ResponseAnnotator annotator = new ResponseAnnotator("GET");
        try (InputStream in = reply.open()) {
            int r;
            while ((r = in.read(buf, 0, PIECE)) > 0) {
                annotations += annotator.feed(buf, 0, r).size();
                n += r;
                if (at != null) {
                    at.maybeSample(n);
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        List<Annotation> last = annotator.endOfStream();
        annotations += last.size();
        if (!annotator.isComplete() || annotator.bodyBytesReceived() != reply.bodyBytes
                || !last.get(last.size() - 1).detail("problems").orElse("").equals("none")) {
            throw new AssertionError("the annotator did not read the reply as expected: complete="
                    + annotator.isComplete() + ", body " + annotator.bodyBytesReceived() + " of " + reply.bodyBytes
                    + ", summary " + last.get(last.size() - 1));
        }
        sink += annotations;
        if (at != null) {
            at.sample();   // at 100 %, the annotator still referenced
            sink += annotator.totalBytesReceived();
        }
        return n;
    }

    // ------------------------------------------------------------------ heap

    static final class Heap {
        final long[] marks;     // sample once the reader has passed each of these byte counts
        final long base;        // used heap before the reader was made
        final List<Long> samples = new ArrayList<>();
        int k;
        long allocated;

        Heap(long total) {
            this.marks = new long[] {1, total / 4, total / 2, total * 3 / 4};
            this.base = usedAfterGc();
        }

        /** After the first piece (the head read), then at 25, 50 and 75 %; the caller samples at the end. */
        void maybeSample(long done) {
            if (k < marks.length && done >= marks[k]) {
                sample();
                while (k < marks.length && done >= marks[k]) {
                    k++;
                }
            }
        }

        void sample() {
            samples.add(usedAfterGc());
        }

        long growth() {
            return samples.stream().mapToLong(Long::longValue).max().orElse(base) - base;
        }

        String samplesText() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d →", base / 1024));
            for (long s : samples) {
                b.append(String.format(Locale.ROOT, " %,d", s / 1024));
            }
            return b.toString();
        }
    }

    static long usedAfterGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    static Heap floorHeap(Reply reply) throws Exception {
        Heap h = new Heap(reply.length());
        byte[] buf = new byte[PIECE];
        long n = 0;
        long a0 = allocatedByThisThread();
        try (InputStream in = reply.open()) {
            int r;
            while ((r = in.read(buf, 0, PIECE)) > 0) {
                n += r;
                h.maybeSample(n);
            }
        }
        h.sample();
        h.allocated = allocatedByThisThread() - a0;
        return h;
    }

    static Heap annotateHeap(Reply reply) {
        Heap h = new Heap(reply.length());
        long a0 = allocatedByThisThread();
        annotate(reply, h);
        h.allocated = allocatedByThisThread() - a0;   // includes the samples' own small allocations
        return h;
    }

    static String kib(long bytes) {
        return String.format(Locale.ROOT, "%,d KiB", Math.round(bytes / 1024.0));
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    // ------------------------------------------------------------------ the synthetic reply

    /** A reply made of a head, {@code count} copies of a unit, and a tail; generated on the fly, never held whole. */
    static final class Reply {
        final byte[] head;
        final byte[] block;     // several units back to back, so one read copies up to 64 KiB at once
        final int unit;
        final long count;
        final byte[] tail;
        final long bodyBytes;

        private Reply(byte[] head, byte[] unitBytes, long count, byte[] tail, long bodyBytes) {
            this.head = head;
            this.unit = unitBytes.length;
            int perBlock = Math.max(1, PIECE / unit);
            this.block = new byte[perBlock * unit];
            for (int i = 0; i < perBlock; i++) {
                System.arraycopy(unitBytes, 0, block, i * unit, unit);
            }
            this.count = count;
            this.tail = tail;
            this.bodyBytes = bodyBytes;
        }

        static Reply of(long sizeMb, boolean chunked) {
            long body = sizeMb * MB;
            String head = "HTTP/1.1 200 OK\r\n"
                    + "Date: Thu, 26 Nov 2026 12:00:00 GMT\r\n"
                    + "Server: Apache/2.4.18 (Ubuntu)\r\n"
                    + "Content-Type: text/plain\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body + "\r\n")
                    + "\r\n";
            byte[] data = new byte[chunked ? CHUNK : PIECE];
            for (int i = 0; i < data.length; i++) {
                data[i] = TEXT[i % TEXT.length];
            }
            if (!chunked) {
                return new Reply(ascii(head), data, body / PIECE, new byte[0], body);
            }
            byte[] line = ascii(Integer.toHexString(CHUNK) + "\r\n");
            byte[] unit = new byte[line.length + CHUNK + 2];
            System.arraycopy(line, 0, unit, 0, line.length);
            System.arraycopy(data, 0, unit, line.length, CHUNK);
            unit[unit.length - 2] = '\r';
            unit[unit.length - 1] = '\n';
            return new Reply(ascii(head), unit, body / CHUNK, ascii("0\r\n\r\n"), body);
        }

        long length() {
            return head.length + count * unit + tail.length;
        }

        InputStream open() {
            return new InputStream() {
                long pos;
                final long end = length();
                final long bodyEnd = head.length + count * unit;

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (pos >= end) {
                        return -1;
                    }
                    int done = 0;
                    while (done < len && pos < end) {   // fill the whole piece, like a busy socket would
                        int n;
                        if (pos < head.length) {
                            n = (int) Math.min(len - done, head.length - pos);
                            System.arraycopy(head, (int) pos, b, off + done, n);
                        } else if (pos < bodyEnd) {
                            int at = (int) ((pos - head.length) % block.length);
                            n = (int) Math.min(Math.min(len - done, block.length - at), bodyEnd - pos);
                            System.arraycopy(block, at, b, off + done, n);
                        } else {
                            n = (int) Math.min(len - done, end - pos);
                            System.arraycopy(tail, (int) (pos - bodyEnd), b, off + done, n);
                        }
                        pos += n;
                        done += n;
                    }
                    return done;
                }
            };
        }

        private static byte[] ascii(String s) {
            return s.getBytes(StandardCharsets.US_ASCII);
        }
    }
}
