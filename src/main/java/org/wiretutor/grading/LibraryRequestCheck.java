package org.wiretutor.grading;

import org.wiretutor.http.HeaderField;
import org.wiretutor.http.RequestHead;

/**
 * Exercise 3: a library made the request. Libraries speak HTTP/1.1 and name themselves in User-Agent; a
 * hand-written socket request rarely does either.
 */
final class LibraryRequestCheck implements Check {

    static final String NAME = "library-request";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult check(Evidence ev) {
        return ev.firstRequest().filter(e -> e.head().length > 0).map(e -> RequestHead.parse(e.head()))
                .filter(h -> h.requestLine().version().equals("HTTP/1.1"))
                .flatMap(h -> h.header("User-Agent")).map(HeaderField::value)
                .map(agent -> CheckResult.pass(NAME, GradingText.libraryOk(agent)))
                .orElse(CheckResult.fail(NAME, GradingText.notLibrary()));
    }
}
