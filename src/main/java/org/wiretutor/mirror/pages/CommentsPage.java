package org.wiretutor.mirror.pages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code comments.html}, the page of the exercise "scraping numbers": a table of names, each with a number of
 * comments inside {@code <span class="comments">}, as in the book's assignment. The numbers to add are exactly
 * those spans; the heading, the table's border and the footer carry numbers of their own, so a program that adds
 * every number on the page gets too much.
 */
final class CommentsPage {

    static final String NAME = "comments.html";
    static final int FEWEST = 30;
    static final int MOST = 55;
    static final int LOWEST = 1;
    static final int HIGHEST = 100;
    private static final Pattern SPAN = Pattern.compile("<span class=\"comments\">(\\d+)</span>");

    private CommentsPage() {
    }

    /**
     * Draws, in order: the modification time, the number of rows ({@value #FEWEST} to {@value #MOST}), a shuffle
     * of {@link PeopleNames#ALL} whose first names fill the rows, each row's number ({@value #LOWEST} to
     * {@value #HIGHEST}), then the week in the heading (2 to 14).
     */
    static MirrorFile of(Seed seed) {
        Instant modified = seed.instant(IntroVariant.EARLIEST, IntroVariant.LATEST);
        int rows = seed.between(FEWEST, MOST);
        List<String> names = seed.shuffled(PeopleNames.ALL).subList(0, rows);
        StringBuilder table = new StringBuilder();
        for (String name : names) {
            table.append("<tr><td>").append(name).append("</td><td><span class=\"comments\">")
                    .append(seed.between(LOWEST, HIGHEST)).append("</span></td></tr>\n");
        }
        int week = seed.between(2, 14);
        String html = "<!DOCTYPE html>\n<html>\n<head><title>Comments in week " + week + "</title></head>\n"
                + "<body>\n<h1>Who wrote comments in week " + week + "</h1>\n"
                + "<table border=\"1\">\n<tr><th>Name</th><th>Comments</th></tr>\n" + table + "</table>\n"
                + "<p>" + rows + " people took part. Counted on the 1st of the month.</p>\n</body>\n</html>\n";
        return new MirrorFile(NAME, "text/html", modified, html.getBytes(StandardCharsets.US_ASCII));
    }

    /** The numbers inside the comments spans, in page order. */
    static List<Integer> numbers(byte[] html) {
        Matcher m = SPAN.matcher(new String(html, StandardCharsets.ISO_8859_1));
        List<Integer> out = new ArrayList<>();
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return List.copyOf(out);
    }
}
