package org.wiretutor.mirror.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The closed set of paths the mirror answers: the files loaded from the classpath (the app runs from a jar), the
 * pages drawn for the scraping exercises ({@code comments.html}, {@code known_by_NAME.html}), the index page at
 * {@code /}, and two special entries built on romeo.txt: {@code romeo-chunked.txt}, its text sent
 * in chunks, and {@code moved.txt}, a permanent redirect to it. Lookups go through name maps only, so no request
 * path can ever reach the filesystem. Two sets are equal when they hold equal files and the same link task.
 */
public final class MirrorFiles {

    /** Where the files lie on the classpath; absolute, since they stayed beside the server's package. */
    private static final String FOLDER = "/org/wiretutor/mirror/files/";
    private static final String INDEX = FOLDER + "index.properties";
    /** The file the special entries are built on; without it they do not exist. */
    private static final String ROMEO = "romeo.txt";
    private static final String CHUNKED = "romeo-chunked.txt";
    private static final String MOVED = "moved.txt";
    private static final String MOVED_TO = "http://data.pr4e.org/romeo.txt";
    /** The chunked copy's own modification time, so its ETag differs from romeo.txt's. */
    private static final Instant CHUNKED_MODIFIED = Instant.parse("2017-05-13T11:23:40.652093Z");
    /** The learner whose variant the course's documentation quotes; see {@link #forLearner}. */
    public static final String SAMPLE_LEARNER = "sample";

    /**
     * What the set holds, worked out once: at once for a hand-built or learner's set, on first use for the bundled
     * one, whose drawn pages take a tenth of a second that the shell's start need not wait for.
     *
     * @param linkTask exercise 11's task for these pages, or null for a hand-built set without them
     * @param specials everything else a path may name, by name without the leading slash
     */
    private record Contents(Map<String, MirrorFile> byName, LinkChain.Task linkTask, Map<String, Resource> specials,
                            MirrorFile index) {}

    private final java.util.function.Supplier<Contents> source;
    private volatile Contents contents;

    MirrorFiles(List<MirrorFile> files) {
        this(files, null);
    }

    private MirrorFiles(List<MirrorFile> files, LinkChain.Task linkTask) {
        this.contents = contentsOf(files, linkTask);
        this.source = () -> contents;
    }

    private MirrorFiles(java.util.function.Supplier<Contents> source) {
        this.source = source;
    }

    private Contents contents() {
        Contents c = contents;
        if (c == null) {
            synchronized (this) {
                c = contents;
                if (c == null) contents = c = source.get();
            }
        }
        return c;
    }

    private static Contents contentsOf(List<MirrorFile> files, LinkChain.Task linkTask) {
        Map<String, MirrorFile> map = new TreeMap<>();
        for (MirrorFile f : files) {
            map.put(f.name(), f);
        }
        Map<String, MirrorFile> byName = Map.copyOf(map);
        Map<String, Resource> extra = new LinkedHashMap<>();
        Map<String, String> described = new LinkedHashMap<>();
        List<MirrorFile> dated = new ArrayList<>(byName.values());
        MirrorFile romeo = byName.get(ROMEO);
        if (romeo != null && !byName.containsKey(CHUNKED) && !byName.containsKey(MOVED)) {
            MirrorFile chunked = new MirrorFile(CHUNKED, romeo.contentType(), CHUNKED_MODIFIED, romeo.content());
            dated.add(chunked);
            extra.put(CHUNKED, new Resource.Chunked(chunked));
            described.put(CHUNKED, "the text of romeo.txt sent in chunks, one per line, when asked with HTTP/1.1");
            extra.put(MOVED, new Resource.Moved(MOVED_TO));
            described.put(MOVED, "answers 301 Moved Permanently, pointing at romeo.txt");
        }
        Instant newest = dated.stream().map(MirrorFile::lastModified).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        return new Contents(byName, linkTask, Collections.unmodifiableMap(extra),
                IndexPage.of(sorted(byName), described, newest));
    }

    /**
     * The files bundled with wiretutor, as listed in {@code files/index.properties}: the same for everyone, for
     * practice. Its {@code page-count.htm} has 12 paragraphs, and {@link #expectedAnswers()} gives the rest. The
     * scraping pages ({@code comments.html} and the {@code known_by_NAME.html} pages) are drawn, as a learner's
     * are, from a seed of the course's own, whose key is SHA-256 of {@code "wiretutor course"}: no learner id
     * can have it, since ids hold no space.
     */
    public static MirrorFiles bundled() {
        return Bundled.FILES;
    }

    /** The bundled set is read from the jar once, on first use: it never changes while wiretutor runs. */
    private static final class Bundled {
        static final MirrorFiles FILES = new MirrorFiles(() -> withScrapePages(load(), Seed.course()).contents());
    }

    /**
     * The bundled files with the graded exercise files replaced by this learner's own version, so each learner
     * has their own answers and an instructor can recompute them, with {@link #expectedAnswers()}, from the id
     * alone.
     *
     * <p>The same id always gives byte-identical files with the same Last-Modified and ETag; ids differ in case
     * ({@code Alice} is not {@code alice}), and whitespace around an id is ignored. The choices are drawn from
     * SHA-256 of {@code "wiretutor:" + id}, in a fixed order, so changing the sentence pools or the order of
     * draws changes every learner's answers: do that only between course runs.
     *
     * <ul>
     *   <li>{@code intro-short.txt}: 350 to 600 bytes of sentences picked and ordered from a pool, wrapped at 72
     *   columns with LF endings, last modified at a drawn instant in 2017 to 2019 with microseconds, so its
     *   Content-Length, Last-Modified and ETag all change with the id.</li>
     *   <li>{@code page-count.htm}: 5 to 25 paragraphs, each a bare {@code <p>}, among {@code <pre>} blocks and
     *   {@code <span>}s that a careless count of {@code <p} would include.</li>
     *   <li>{@code mbox-short.txt}: consecutive messages from {@code mbox.txt}, from a drawn first message until a
     *   drawn size of 3100 to 3900 bytes is reached, so the character counts of exercises 2 and 3 change with the
     *   id. Drawn after the two files above, so adding it left their answers as they were.</li>
     *   <li>{@code comments.html} ({@link CommentsPage}), then the {@code known_by_NAME.html} pages and exercise
     *   11's task ({@link LinkChain}), drawn after all the files above, which they left as they were.</li>
     *   <li>Every other file is the bundled one.</li>
     * </ul>
     *
     * <p>{@link #SAMPLE_LEARNER} is the variant to quote in documentation.
     *
     * @param learnerId 1 to 64 printable ASCII characters without spaces
     * @throws IllegalArgumentException if the id breaks those rules, saying how
     */
    public static MirrorFiles forLearner(String learnerId) {
        Seed seed = Seed.of(LearnerId.check(learnerId));
        MirrorFile intro = IntroVariant.of(seed);
        MirrorFile page = ParagraphPage.of(seed);
        List<MirrorFile> bundled = load();
        MirrorFile mboxSource = bundled.stream().filter(f -> f.name().equals(MboxVariant.SOURCE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the bundled files lack " + MboxVariant.SOURCE));
        MirrorFile mbox = MboxVariant.of(seed, mboxSource);
        List<MirrorFile> files = new ArrayList<>();
        for (MirrorFile f : bundled) {
            if (!f.name().equals(intro.name()) && !f.name().equals(page.name()) && !f.name().equals(mbox.name())) {
                files.add(f);
            }
        }
        files.add(intro);
        files.add(page);
        files.add(mbox);
        return withScrapePages(files, seed);
    }

    /** The files with the scraping pages drawn from the seed added, replacing any of the same names. */
    private static MirrorFiles withScrapePages(List<MirrorFile> base, Seed seed) {
        MirrorFile comments = CommentsPage.of(seed);
        LinkChain.Drawn chain = LinkChain.of(seed);
        List<MirrorFile> files = new ArrayList<>();
        for (MirrorFile f : base) {
            if (!f.name().equals(comments.name()) && !LinkChain.isPage(f.name())) {
                files.add(f);
            }
        }
        files.add(comments);
        files.addAll(chain.pages());
        return new MirrorFiles(files, chain.task());
    }

    private static List<MirrorFile> load() {
        Properties index = new Properties();
        try (InputStream in = open(INDEX)) {
            index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mirror's file index", e);
        }
        List<MirrorFile> files = new ArrayList<>();
        for (String name : index.stringPropertyNames()) {
            String[] parts = index.getProperty(name).split("\\|");
            if (parts.length != 2) {
                throw new IllegalStateException("bad index entry for " + name);
            }
            try (InputStream in = open(FOLDER + name)) {
                files.add(new MirrorFile(name, parts[0].trim(), Instant.parse(parts[1].trim()), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read mirror file " + name, e);
            }
        }
        return files;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = MirrorFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource " + resource);
        }
        return in;
    }

    /**
     * The file with exactly this name; a single leading slash is allowed ({@code /romeo.txt}). Anything else
     * (sub-paths, dot segments, absolute paths) is simply not a name in the set.
     */
    public Optional<MirrorFile> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String name = path.startsWith("/") ? path.substring(1) : path;
        return Optional.ofNullable(contents().byName().get(name));
    }

    /**
     * What a path names: a file, the index page for {@code /}, or one of the special entries. The path takes the
     * same form as for {@link #find}; only {@code /} itself names the index.
     */
    public Optional<Resource> lookup(String path) {
        if ("/".equals(path)) {
            return Optional.of(new Resource.Plain(contents().index()));
        }
        Optional<MirrorFile> file = find(path);
        if (file.isPresent()) {
            return Optional.of(new Resource.Plain(file.get()));
        }
        return path == null ? Optional.empty()
                : Optional.ofNullable(contents().specials().get(path.startsWith("/") ? path.substring(1) : path));
    }

    /**
     * The paths that name no file, by name without the slash, in a fixed order: {@code romeo-chunked.txt} and
     * {@code moved.txt} when the set has romeo.txt, else none. An export writes them as a real server can.
     */
    public Map<String, Resource> specials() {
        return contents().specials();
    }

    /**
     * Whether the mirror answers this path with 200 (a file, {@code /}, {@code /romeo-chunked.txt}) or 301
     * ({@code /moved.txt}), for lesson tooling that must know before sending. Takes a decoded path, with or
     * without its leading slash, as {@link #find} does; a query string or a full URL is not a path.
     */
    public boolean serves(String path) {
        return lookup(path).isPresent();
    }

    /**
     * The answers to the graded exercises for this set, with no request sent: the headers the mirror sends for
     * {@code intro-short.txt} and the number of paragraphs in {@code page-count.htm}.
     *
     * @throws IllegalStateException if the set lacks either file (only hand-built sets can)
     */
    public ExpectedAnswers expectedAnswers() {
        MirrorFile intro = required(IntroVariant.NAME);
        int paragraphs = ParagraphPage.count(required(ParagraphPage.NAME).content());
        return new ExpectedAnswers(HttpDate.format(intro.lastModified()), intro.etag(), intro.size(),
                NoCache.CACHE_CONTROL, intro.contentType(), paragraphs);
    }

    /**
     * The answers to the scraping exercises (10 and 11) for this set, read from its pages with no request sent.
     *
     * @throws IllegalStateException if the set lacks the pages (only hand-built sets can)
     */
    public ScrapeAnswers scrapeAnswers() {
        LinkChain.Task linkTask = contents().linkTask();
        if (linkTask == null) {
            throw new IllegalStateException("this file set has no scraping pages");
        }
        List<Integer> numbers = CommentsPage.numbers(required(CommentsPage.NAME).content());
        List<ScrapeAnswers.LinkPage> pages = new ArrayList<>();
        String at = linkTask.start();
        for (int step = 0; step <= linkTask.count(); step++) {
            byte[] html = required(at).content();
            pages.add(new ScrapeAnswers.LinkPage(at, LinkChain.links(html).stream().map(LinkChain.Link::name)
                    .toList()));
            if (step < linkTask.count()) {
                at = LinkChain.at(html, linkTask.position()).orElseThrow(() -> new IllegalStateException(
                        "a page of the chain has too few links")).href();
            }
        }
        return new ScrapeAnswers(numbers.size(), numbers.stream().mapToLong(Integer::longValue).sum(),
                linkTask.start(), linkTask.count(), linkTask.position(), pages);
    }

    private MirrorFile required(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("this file set has no " + name));
    }

    /** All files, sorted by name; the index page and the special entries are not files. */
    public List<MirrorFile> all() {
        return sorted(contents().byName());
    }

    private static List<MirrorFile> sorted(Map<String, MirrorFile> byName) {
        List<MirrorFile> list = new ArrayList<>(byName.values());
        list.sort(Comparator.comparing(MirrorFile::name));
        return List.copyOf(list);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof MirrorFiles other && contents().byName().equals(other.contents().byName())
                && Objects.equals(contents().linkTask(), other.contents().linkTask());
    }

    @Override
    public int hashCode() {
        return contents().byName().hashCode();
    }

    @Override
    public String toString() {
        return "MirrorFiles[" + contents().byName().size() + " files]";
    }
}
