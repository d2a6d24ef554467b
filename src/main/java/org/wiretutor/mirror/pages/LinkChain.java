package org.wiretutor.mirror.pages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of the exercise "following links": one page {@code known_by_NAME.html} for each of the first
 * {@value #PEOPLE} names of {@link PeopleNames#ALL}, each a list of links to other people's pages, and the task a
 * learner is given: where to start, how many links to follow and at which position (the first link is 1).
 *
 * <p>Every href is relative ({@code known_by_Efua.html}), so a program must join it with the address of the page
 * it came from. Every page has at least {@value #FEWEST_LINKS} links and the position is at most
 * {@value #HIGHEST_POSITION}, so the link one further along, which an off-by-one program takes, always exists too.
 */
final class LinkChain {

    static final int PEOPLE = 30;
    static final int FEWEST_LINKS = 10;
    static final int MOST_LINKS = 16;
    static final int FEWEST_STEPS = 3;
    static final int MOST_STEPS = 6;
    static final int LOWEST_POSITION = 2;
    static final int HIGHEST_POSITION = FEWEST_LINKS - 1;
    private static final String PREFIX = "known_by_";
    private static final String SUFFIX = ".html";
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\">([^<]*)</a>");

    /**
     * What the learner is asked to do.
     *
     * @param start    the name of the page to start at, e.g. {@code known_by_Efua.html}
     * @param count    how many links to follow
     * @param position which link to follow on each page, counting from 1
     */
    record Task(String start, int count, int position) {
    }

    /** The pages and the task drawn for one seed. */
    record Drawn(List<MirrorFile> pages, Task task) {
        Drawn {
            pages = List.copyOf(pages);
        }
    }

    private LinkChain() {
    }

    /** The page name of a person, e.g. {@code known_by_Efua.html}. */
    static String page(String person) {
        return PREFIX + person + SUFFIX;
    }

    /** Whether a file name is one of these pages. */
    static boolean isPage(String name) {
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
    }

    /**
     * Draws, in order: the pages' modification time; for each person in name order, how many links
     * ({@value #FEWEST_LINKS} to {@value #MOST_LINKS}) and a shuffle of the other people whose first ones they
     * are; then the start person, the count ({@value #FEWEST_STEPS} to {@value #MOST_STEPS}) and the position
     * ({@value #LOWEST_POSITION} to {@value #HIGHEST_POSITION}).
     */
    static Drawn of(Seed seed) {
        Instant modified = seed.instant(IntroVariant.EARLIEST, IntroVariant.LATEST);
        List<String> people = PeopleNames.ALL.subList(0, PEOPLE);
        List<MirrorFile> pages = new ArrayList<>();
        for (String person : people) {
            int links = seed.between(FEWEST_LINKS, MOST_LINKS);
            List<String> others = new ArrayList<>(people);
            others.remove(person);
            StringBuilder list = new StringBuilder();
            for (String other : seed.shuffled(others).subList(0, links)) {
                list.append("<li><a href=\"").append(page(other)).append("\">").append(other).append("</a></li>\n");
            }
            String html = "<!DOCTYPE html>\n<html>\n<head><title>People " + person + " knows</title></head>\n"
                    + "<body>\n<h1>People " + person + " knows</h1>\n<ul>\n" + list + "</ul>\n</body>\n</html>\n";
            pages.add(new MirrorFile(page(person), "text/html", modified, html.getBytes(StandardCharsets.US_ASCII)));
        }
        String start = people.get(seed.below(people.size()));
        Task task = new Task(page(start), seed.between(FEWEST_STEPS, MOST_STEPS),
                seed.between(LOWEST_POSITION, HIGHEST_POSITION));
        return new Drawn(pages, task);
    }

    /** A page's links in order, each as its href and its text. */
    static List<Link> links(byte[] html) {
        Matcher m = LINK.matcher(new String(html, StandardCharsets.ISO_8859_1));
        List<Link> out = new ArrayList<>();
        while (m.find()) {
            out.add(new Link(m.group(1), m.group(2)));
        }
        return List.copyOf(out);
    }

    /** The link at {@code position} (from 1), if the page has one there. */
    static Optional<Link> at(byte[] html, int position) {
        List<Link> links = links(html);
        return position >= 1 && position <= links.size() ? Optional.of(links.get(position - 1)) : Optional.empty();
    }

    /** One link: its (relative) href and the name it shows. */
    record Link(String href, String name) {
    }
}
