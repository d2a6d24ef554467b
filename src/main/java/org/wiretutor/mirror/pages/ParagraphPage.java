package org.wiretutor.mirror.pages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code page-count.htm}, the page for the exercise "count the paragraph tags": how its paragraphs are counted,
 * and one learner's version of it.
 *
 * <p>The counting rule: a paragraph is an opening tag spelled {@code <p>} or {@code <p } (lowercase, case
 * matters), wherever it stands. Generated pages write every paragraph as a bare {@code <p>} and never put an
 * unescaped {@code <p>} inside other markup, so a plain text count of {@code <p>}, a regular expression and an
 * HTML parser all agree. The distractors punish only the sloppy count of {@code <p}: {@code <pre>} blocks (one
 * of which may show an escaped {@code &lt;p&gt;}), and {@code <span>} elements in the heading and in some
 * paragraphs.
 */
final class ParagraphPage {

    static final String NAME = "page-count.htm";
    static final int FEWEST = 5;
    static final int MOST = 25;

    private static final List<String> SENTENCES = List.of(
            "A web page is a text file; the browser reads its tags to decide how the text should look.",
            "The tag that opens a paragraph is a p between angle brackets, and a slash in front of the p closes it.",
            "A program that counts tags does not need a browser, only the bytes the server sent.",
            "Some tags begin with the same letter as the paragraph tag, so a careless count finds too many.",
            "Markup gives text its structure: headings, paragraphs, lists, links and preformatted blocks.",
            "A <span class=\"term\">span</span> marks a few words inside a paragraph without starting a new one.",
            "The head of an HTTP reply says how long the page is; the body holds the markup itself.",
            "Reading a page through a socket shows the markup exactly as the server stored it.",
            "Tags are instructions for the reader of the page, and they never appear on the screen.",
            "An HTML parser builds a tree from the tags, which makes counting them far more reliable.",
            "A <span class=\"note\">short note</span> like this one still belongs to the paragraph around it.",
            "Links, images and paragraphs are all elements, each with an opening tag of its own.",
            "The same page can be fetched by a browser, by a small script, or by hand over a raw connection.",
            "Whitespace between tags is kept in the file even though a browser mostly ignores it.");

    private static final List<String> PREFORMATTED = List.of(
            "GET /page-count.htm HTTP/1.0\n\n",
            "count = page.count('&lt;p&gt;')\nprint(count)",
            "HTTP/1.1 200 OK\nContent-Type: text/html",
            "for line in page.splitlines():\n    print(line)");

    private ParagraphPage() {
    }

    /** How many paragraphs the page has by the counting rule above. */
    static int count(byte[] html) {
        String text = new String(html, StandardCharsets.ISO_8859_1);
        return occurrences(text, "<p>") + occurrences(text, "<p ");
    }

    private static int occurrences(String text, String tag) {
        int n = 0;
        for (int at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, at + tag.length())) {
            n++;
        }
        return n;
    }

    /**
     * Draws, in order: the modification time, the number of paragraphs ({@value #FEWEST} to {@value #MOST}),
     * their sentences (the pool shuffled afresh each time it runs out, so repeats are rare), the number of
     * {@code <pre>} blocks (2 to 4), then for each block its text and where it goes among the blocks so far
     * (never before the first paragraph).
     */
    static MirrorFile of(Seed seed) {
        Instant modified = seed.instant(IntroVariant.EARLIEST, IntroVariant.LATEST);
        int paragraphs = seed.between(FEWEST, MOST);
        List<String> sentences = new ArrayList<>();
        while (sentences.size() < paragraphs) {
            sentences.addAll(seed.shuffled(SENTENCES));
        }
        List<String> blocks = new ArrayList<>();
        for (String s : sentences.subList(0, paragraphs)) {
            blocks.add("<p>" + s + "</p>\n");
        }
        int pres = seed.between(2, 4);
        for (int i = 0; i < pres; i++) {
            String pre = "<pre>" + PREFORMATTED.get(seed.below(PREFORMATTED.size())) + "</pre>\n";
            blocks.add(seed.between(1, blocks.size()), pre);
        }
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html>\n<head><title>Counting paragraphs</title></head>\n<body>\n")
                .append("<h1>How many <span class=\"term\">paragraphs</span>?</h1>\n");
        blocks.forEach(html::append);
        html.append("</body>\n</html>\n");
        return new MirrorFile(NAME, "text/html", modified, html.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
