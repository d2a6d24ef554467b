package org.wiretutor.grading;

import org.wiretutor.programs.ProgramRunner;

import java.time.Duration;

/**
 * Every sentence a learner reads from the grader, in one place, so the voice stays the same and a translator or
 * editor has one file to read. Failures say what was wrong and then what to do.
 */
final class GradingText {

    private GradingText() {
    }

    // finished
    static String strayChildren(int n) {
        return "the program ended but left " + n + (n == 1 ? " program" : " programs")
                + " it had started still running; wiretutor stopped " + (n == 1 ? "it" : "them")
                + ". Wait for the programs you start to finish before yours ends";
    }

    static String outputCapped() {
        return " (it printed more than " + ProgramRunner.MAX_OUTPUT / 1024 + " KiB: only the first "
                + ProgramRunner.MAX_OUTPUT / 1024 + " KiB were kept and checked)";
    }

    static String finished(Duration took) {
        return "the program finished in " + seconds(took);
    }

    static String timedOut(Duration limit) {
        return "the program did not finish within " + seconds(limit) + "; it and any programs it started were "
                + "stopped. Does it read until the server closes the connection, and did it send the blank line?";
    }

    static String keepAliveHang(Duration limit) {
        return "the program did not finish within " + seconds(limit) + "; it and any programs it started were "
                + "stopped. It sent HTTP/1.1 without \"Connection: close\", so the server kept the connection open "
                + "for another request and your read loop kept waiting: add \"Connection: close\" to the headers "
                + "or use HTTP/1.0";
    }

    static String keepAliveSlow(Duration took, Duration keepAlive) {
        return "the program took " + seconds(took) + " because it sent HTTP/1.1 without \"Connection: close\": the "
                + "server kept the connection open for another request and your read loop waited "
                + seconds(keepAlive) + " for it to time out. Add \"Connection: close\" to the headers or use HTTP/1.0";
    }

    static String blankLineHang(Duration limit) {
        return "the program did not finish within " + seconds(limit) + "; it and any programs it started were "
                + "stopped. " + noBlankLine();
    }

    // clean exit
    static String cleanExit() {
        return "no traceback or exception in the output";
    }

    static String strNotBytes() {
        return "the program sent text (a str) where the socket wants bytes, and Python stopped with "
                + "\"TypeError: a bytes-like object is required\": encode the request first, "
                + "e.g. mysock.send(cmd.encode())";
    }

    static String traceback(String lastLine) {
        return "the program stopped with a Python traceback (" + lastLine + "): read its last line, fix the cause, "
                + "or catch the error and print a message";
    }

    static String javaException(String line) {
        return "the program stopped with a Java exception (" + line + "): fix the cause, or catch it and print "
                + "a message";
    }

    // request
    static String requestOk(String requestLine) {
        return "the server received " + requestLine + " and answered 200";
    }

    static String noRequest(String host, int port) {
        return "the server received no request. Did the program take the host and the port from the URL (here "
                + host + " and " + port + ")? Without a port in the URL, use 80";
    }

    static String bareLf(String which) {
        return "your " + which + " ends with LF, not CR LF: end every line with \\r\\n, and the head with an empty "
                + "line \\r\\n";
    }

    static String noBlankLine() {
        return "no blank line was sent: the server is still waiting for the end of your request. End the headers "
                + "with an empty line, e.g. ...HTTP/1.0\\r\\n\\r\\n";
    }

    static String http11WithoutHost() {
        return "HTTP/1.1 without a Host header: the server answered 400. Add \"Host: <host>\" (and "
                + "\"Connection: close\"), or use HTTP/1.0";
    }

    static String rejected(int status, String note) {
        return "the server answered " + status + (note.isEmpty() ? "" : " (" + note + ")")
                + ": look at the request line under the caret";
    }

    static String wrongDocument(String asked, String path) {
        return "the program asked for " + asked + " but the URL it was given names " + path
                + ": take the path from the URL";
    }

    static String notAnswered200(int status) {
        return "the server answered " + status + ", not 200: see the request line under the caret";
    }

    static String requestLineLabel() {
        return "request line";
    }

    static String blankLineLabel() {
        return "blank line";
    }

    static String headerLineLabel(String line) {
        return "header line \"" + line + "\"";
    }

    static String connectedSilently() {
        return "the program connected but sent nothing: after connecting, send the request as bytes";
    }

    // output
    static String replyShown(int chars) {
        return "the output shows the whole reply (" + chars + " characters) as it arrived";
    }

    static String notChecked() {
        return "not checked: the server never sent the file (see the request check)";
    }

    static String replyMissing(String firstLine) {
        return "the output does not contain the reply: its first line \"" + firstLine + "\" never appears. "
                + "Print what recv() returns";
    }

    static String outputDiffers(int at) {
        return "the output differs from what the server sent, " + at + " characters in (under the caret)";
    }

    static String outputStopsEarly(int shown, int total, boolean reveal) {
        return "the output stops after " + shown + " characters, before the end of what the server sent: keep "
                + "reading until recv() returns nothing" + revealed(reveal, total + " characters");
    }

    static String extraNewlines(int count, int boundary) {
        String where = boundary > 0 ? "at the " + boundary + "-byte boundaries" : "where each read ended";
        return "the program printed " + count + " extra newline" + (count == 1 ? "" : "s") + " " + where
                + ": print each piece without adding one, e.g. print(data.decode(), end='') or System.out.print";
    }

    static String shownWithin(int shown, int limit) {
        return "the program showed " + shown + " characters, within the limit of " + limit;
    }

    static String shownTooMuch(int shown, int limit) {
        return "the program showed " + shown + " characters of the document: show at most the first " + limit
                + " (stop printing, but keep reading and counting)";
    }

    static String countOk(long n) {
        return "the program printed the right count, " + n;
    }

    /**
     * A wrong count says which way it is off and the likely cause, never the expected value nor the difference:
     * the learner finds the mistake, not the number. With {@code reveal} (instructors only) the expected value is
     * added.
     */
    static String wrongCount(String what, long printed, boolean tooMany, String cause, boolean reveal, long expected) {
        return "wrong count of " + what + ": the program printed " + printed + " last, which is too "
                + (tooMany ? "many" : "few") + ". " + cause + revealed(reveal, Long.toString(expected));
    }

    static String noCount(String what, boolean reveal, long expected) {
        return "no count printed: the program should print the number of " + what + " as the last number of its "
                + "output" + revealed(reveal, Long.toString(expected));
    }

    /** Only for an instructor's --reveal: the expected value, marked so it is never mistaken for a hint. */
    static String revealed(boolean reveal, String expected) {
        return reveal ? " [--reveal: expected " + expected + "]" : "";
    }

    // likely causes of a wrong count
    static String paragraphsTooMany() {
        return "Did you count <pre> (or <span>) too? Count the text \"<p>\" exactly, not everything that starts "
                + "with \"<p\"";
    }

    static String paragraphsTooFew() {
        return "Is every piece counted, the last one included, and every <p> on a line, not just one per line? "
                + "Read the whole page first, then count each \"<p>\" in it";
    }

    static String receivedOnlyShown() {
        return "Did you count only the characters you showed? Keep counting every piece after you stop printing";
    }

    static String receivedOnlyDocument() {
        return "That is the size of the document alone: the status line, the headers and the blank line count too";
    }

    static String receivedTooFew() {
        return "Is every piece counted, the last one included? Add len(data) for each piece as it arrives, before "
                + "decoding or splitting lines, so every \\r counts too";
    }

    static String receivedTooMany() {
        return "Did you count a piece twice, or add what you printed to what you received? Add len(data) once for "
                + "each piece";
    }

    static String documentWithHead() {
        return "That count includes the status line and headers: the library hands you only the document, count "
                + "just that";
    }

    static String documentTooMany() {
        return "Did you count a piece twice, or count added line breaks? Count the characters of the document the "
                + "library returned, once";
    }

    static String documentTooFew() {
        return "Did you count only the characters you showed, or only the first read? Count the whole document, "
                + "the last piece included";
    }

    static String wholeReply() {
        return "characters received (headers, blank line and body, every byte counts)";
    }

    static String bodyChars() {
        return "characters in the document";
    }

    static String paragraphs() {
        return "<p> tags";
    }

    static String libraryOk(String library, String agent) {
        String which = library.isEmpty() ? "" : library + (agent.isEmpty() ? "" : "; ");
        String sent = agent.isEmpty() ? "" : "User-Agent: " + agent;
        return "a library made the request" + (which.isEmpty() && sent.isEmpty() ? "" : " (" + which + sent + ")");
    }

    static String socketByHand() {
        return "the program opens a socket and writes the request itself (it imports no HTTP library), whatever "
                + "headers it sends: this exercise asks you to let a library do it, e.g. urllib.request.urlopen in "
                + "Python or java.net.http.HttpClient";
    }

    static String notLibrary() {
        return "this request looks written by hand (HTTP/1.0 or no User-Agent header): this exercise asks you "
                + "to let a library do it, e.g. urllib.request.urlopen in Python or java.net.http.HttpClient";
    }

    static String bodyOnlyOk() {
        return "the output shows the document and no header lines";
    }

    static String headerShown(String line) {
        return "the output shows the header line \"" + line + "\": print only what comes after the blank line "
                + "that ends the headers";
    }

    static String bodyMissing(String firstLine, boolean reveal) {
        return "the output does not contain the document: nothing printed matches its first line"
                + revealed(reveal, "\"" + firstLine + "\"");
    }

    static String firstPieceOnly(int pieces) {
        return "your program looked for the blank line only in the first piece it received; the head arrived in "
                + pieces + " pieces. Keep reading and collect the pieces until \\r\\n\\r\\n has arrived (or "
                + "read everything first), then print what follows it";
    }

    // scraping: exercise 10
    static String commentNumbers() {
        return "comments (the numbers in the comments spans, added up)";
    }

    static String sumEveryNumber() {
        return "That is every number on the page added up: add only the numbers inside <span class=\"comments\">, "
                + "not the ones in the heading, the table's border or the last line";
    }

    static String sumTooMany() {
        return "Did you add a number twice, or numbers from outside <span class=\"comments\">? Add each span's "
                + "number once";
    }

    static String sumIsCount() {
        return "That is how many numbers there are, not their sum: add the numbers themselves";
    }

    static String sumTooFew() {
        return "Is every span counted, the last one included? Read the whole page first, then find every "
                + "<span class=\"comments\"> and add int() of its text";
    }

    // scraping: exercise 11
    static String typedIn(String url, int count, int position) {
        return " (the grader typed " + url + ", count " + count + ", position " + position + ")";
    }

    static String linksOk(int pages, int position) {
        return "the program fetched " + pages + " pages, each the link at position " + position
                + " on the page before";
    }

    static String wrongStart(String asked) {
        return "the first page the program fetched was " + asked + ", not the URL typed in: start at that URL";
    }

    static String linkMissing(int step, String asked, int status) {
        return "link " + step + ": the program asked for " + asked + " and the server answered " + status
                + ". Join each relative href with the address of the page it is on, e.g. "
                + "urllib.parse.urljoin(url, href)";
    }

    static String wrongLink(int step, String asked, String from, int position) {
        return "link " + step + ": the program fetched " + asked + ", which is not the link at position " + position
                + " on " + from + ". The first link on a page is position 1, so take links[position - 1], and "
                + "look only at <a> tags, in the order they appear";
    }

    static String tooFewPages(int fetched, int count) {
        return "the program fetched " + fetched + (fetched == 1 ? " page" : " pages") + ", too few: with count "
                + count + " it must read the start page and the " + (count - 1) + " pages it reaches by links "
                + "(fetching the page of the last link too is fine). Does the loop run count times?";
    }

    static String tooManyPages(int fetched, int count) {
        return "the program fetched " + fetched + " pages, too many: with count " + count + " it follows " + count
                + " links, so it needs at most " + (count + 1) + " pages, the start page included";
    }

    static String urlsShown(int urls) {
        return "the output shows all " + urls + " URLs, in order";
    }

    static String urlNotShown(int step) {
        return (step == 0 ? "the output does not show the start URL"
                : "the output does not show the URL of link " + step + " (or not after the one before it)")
                + ": print each URL as you retrieve it, the start URL first, then one per link followed";
    }

    static String lastNameOk(String name) {
        return "the program printed the right name last, " + name;
    }

    static String noName() {
        return "the program printed no name last: print the name of the last link you followed, on the last "
                + "line of the output";
    }

    static String urlLast() {
        return "the last line printed is an address: print the name of the last link followed after it, as "
                + "the last line";
    }

    static String nameTooEarly(String printed, int links) {
        return printed + (links == 0 ? " is the person of the start page, before any link"
                : " is the name found after " + links + (links == 1 ? " link" : " links"))
                + ": too few. Follow as many links as the count typed in";
    }

    static String crashedBeforeName() {
        return "the program stopped with an error before it printed the name (see clean-exit)";
    }

    static String nameTooLate(String printed) {
        return printed + " is the name found after one link too many: follow exactly as many links as the count "
                + "typed in";
    }

    static String nameOneOff(String printed) {
        return printed + " is next to the right link on the last page: one place off. The first link is position "
                + "1, so take links[position - 1]";
    }

    static String wrongName(String printed, boolean reveal, String expected) {
        return printed + " is not the name of the last link followed: follow the link at the position typed in, "
                + "as many times as the count, and print the name of the last one" + revealed(reveal, expected);
    }

    // nothing reached the server
    static String notRun() {
        return "not run: the program sent no request to the grader's server (see the request check)";
    }

    static String noRequestBecause(String cause, String ending) {
        return "the server received no request: " + cause + "\nThe program " + ending + "; the end of what it "
                + "printed:";
    }

    static String exitedWith(int status) {
        return "exited with status " + status;
    }

    static String stoppedAfter(Duration limit) {
        return "was stopped after " + seconds(limit) + " without sending a request";
    }

    static String printedNothing() {
        return "it printed nothing.";
    }

    static String causeFileNotFound() {
        return "the program's file was not found. Check the file name after -- and the folder you run from.";
    }

    static String causeJavaCompile() {
        return "the program does not compile: fix the first error the Java compiler reports (below).";
    }

    static String causePythonSyntax() {
        return "Python could not read the program: fix the syntax error it reports (below).";
    }

    static String causeBs4Missing() {
        return "BeautifulSoup (the module bs4) is not installed for the Python that ran your program. Install it "
                + "with: pip install beautifulsoup4 (or python3 -m pip install beautifulsoup4). You can also do "
                + "without it: Python's own html.parser, or a regular expression, finds the tags too.";
    }

    static String relativeUrl() {
        return "the program asked a library to open an address without http:// in front: the links on these "
                + "pages are relative (known_by_NAME.html), so join each one with the address of the page it came "
                + "from, e.g. urllib.parse.urljoin(url, href)";
    }

    static String causeModuleMissing(String module) {
        return "the Python module " + module + " is not installed: pip install " + module;
    }

    static String causeCrashed(String why) {
        return why + ".";
    }

    static String causeNoConnection(String host, int port) {
        return "the program never connected. Did it take the host and the port from the URL (here " + host + " and "
                + port + ")? Without a port in the URL, use 80.";
    }


    static String badInputOk(String input) {
        return "given \"" + input + "\", the program printed a message and stopped cleanly";
    }

    static String badInputSilent(String input) {
        return "given \"" + input + "\", the program printed nothing: tell the user what went wrong";
    }

    static String badInputCrashed(String input, String why) {
        return "given \"" + input + "\", " + why;
    }

    static String badInputHung(String input, Duration limit) {
        return "given \"" + input + "\", the program did not finish within " + seconds(limit)
                + "; it and any programs it started were stopped. Print a message and exit";
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
