package org.wiretutor.mirror.pages;

import java.util.List;

/**
 * The answers to the scraping exercises for one file set, read from the pages themselves the way a correct
 * program reads them, so a grader or an instructor gets them from a learner id alone.
 *
 * @param commentCount  how many numbers {@code comments.html} holds in {@code <span class="comments">}
 * @param commentSum    their sum: exercise 10's answer
 * @param linkStart     exercise 11's start page, e.g. {@code known_by_Efua.html}
 * @param linkCount     how many links to follow
 * @param linkPosition  which link to follow on each page, counting from 1
 * @param linkPages     the pages along the way, from the start page to the page of the last person found
 *                      ({@code linkCount + 1} of them), each with the names its links show, in order
 */
public record ScrapeAnswers(int commentCount, long commentSum, String linkStart, int linkCount, int linkPosition,
                            List<LinkPage> linkPages) {

    /** One page of the chain: its file name and the names its links show, in order. */
    public record LinkPage(String name, List<String> links) {
        public LinkPage {
            links = List.copyOf(links);
        }
    }

    public ScrapeAnswers {
        linkPages = List.copyOf(linkPages);
    }

    /** Exercise 11's answer: the name of the last link followed. */
    public String lastName() {
        return linkPages.get(linkCount - 1).links().get(linkPosition - 1);
    }
}
