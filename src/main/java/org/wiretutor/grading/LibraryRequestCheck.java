package org.wiretutor.grading;

import java.util.Locale;
import java.util.Optional;
import org.wiretutor.http.HeaderField;
import org.wiretutor.http.RequestHead;

/**
 * Exercise 3: a library made the request. Decided first from the program's source (which HTTP library it imports,
 * whether it opens a socket itself), since a socket can send any header a library sends; the request's own look
 * (HTTP/1.1, a library's User-Agent) decides only when the source is unknown or names both.
 */
final class LibraryRequestCheck implements Check {

    static final String NAME = "library-request";
    /** How the libraries the course suggests name themselves in User-Agent. */
    private static final String[] LIBRARY_AGENTS = {"python-urllib/", "python-requests/", "python-httpx/",
        "python-urllib3/", "java-http-client/", "java/"};

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult check(Evidence ev) {
        Optional<RequestHead> head = ev.firstRequest().filter(e -> e.head().length > 0)
                .map(e -> RequestHead.parse(e.head()));
        if (head.isEmpty()) {
            return CheckResult.fail(NAME, GradingText.notRun());
        }
        Optional<String> agent = head.get().header("User-Agent").map(HeaderField::value);
        ProgramSource source = ev.source();
        Optional<String> library = source.library();
        boolean socket = source.usesSocket();
        if (library.isPresent() && (!socket || looksLikeLibrary(head.get(), agent))) {
            return CheckResult.pass(NAME, GradingText.libraryOk(library.get(), agent.orElse("")));
        }
        if (socket) {
            return CheckResult.fail(NAME, GradingText.socketByHand());
        }
        if (looksLikeLibrary(head.get(), agent)) {
            return CheckResult.pass(NAME, GradingText.libraryOk("", agent.orElse("")));
        }
        return CheckResult.fail(NAME, GradingText.notLibrary());
    }

    /** HTTP/1.1 with a User-Agent a library sends: the look of a library's request, when the source cannot tell. */
    private static boolean looksLikeLibrary(RequestHead head, Optional<String> agent) {
        if (!head.requestLine().version().equals("HTTP/1.1") || agent.isEmpty()) {
            return false;
        }
        String a = agent.get().toLowerCase(Locale.ROOT);
        for (String known : LIBRARY_AGENTS) {
            if (a.startsWith(known)) {
                return true;
            }
        }
        return false;
    }
}
