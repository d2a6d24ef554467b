package org.wiretutor.grading;

import java.time.Duration;
import java.util.Locale;
import org.wiretutor.programs.ProgramRunner;
import org.wiretutor.text.Messages;

/**
 * The grader's sentences by name, with typed arguments: the words are in the catalogue's {@code grading} section, so
 * the voice stays the same and a translator or editor has one file to read. Failures say what was wrong and then what
 * to do. Nothing decides from these words.
 */
final class GradingText {

    private GradingText() {
    }

    // finished
    static String strayChildren(int n) {
        return Messages.get("grading.stray.children", n);
    }

    /** What a finished program took, and whether its output was cut at the cap. */
    static String finished(Duration took, boolean capped) {
        return capped ? Messages.get("grading.finished.capped", seconds(took), ProgramRunner.MAX_OUTPUT / 1024)
                : Messages.get("grading.finished", seconds(took));
    }

    static String timedOut(Duration limit) {
        return Messages.get("grading.timed.out", seconds(limit));
    }

    static String keepAliveHang(Duration limit) {
        return Messages.get("grading.keep.alive.hang", seconds(limit));
    }

    static String keepAliveSlow(Duration took, Duration keepAlive) {
        return Messages.get("grading.keep.alive.slow", seconds(took), seconds(keepAlive));
    }

    static String blankLineHang(Duration limit) {
        return Messages.get("grading.blank.line.hang", seconds(limit), noBlankLine());
    }

    // clean exit
    static String cleanExit() {
        return Messages.get("grading.clean.exit");
    }

    static String strNotBytes() {
        return Messages.get("grading.str.not.bytes");
    }

    static String traceback(String lastLine) {
        return Messages.get("grading.traceback", lastLine);
    }

    static String javaException(String line) {
        return Messages.get("grading.java.exception", line);
    }

    // request
    static String requestOk(String requestLine) {
        return Messages.get("grading.request.ok", requestLine);
    }

    static String noRequest(String host, int port) {
        return Messages.get("grading.no.request", host, port);
    }

    static String bareLf(String which) {
        return Messages.get("grading.bare.lf", which);
    }

    static String noBlankLine() {
        return Messages.get("grading.no.blank.line");
    }

    static String http11WithoutHost() {
        return Messages.get("grading.http11.without.host");
    }

    /** @param sent the name as typed, with its colon, escaped; @param meant the header's name */
    static String hostTypedWrong(String sent, String meant) {
        return Messages.get("grading.http11.host.typed.wrong", sent, meant);
    }

    /** @param note the mirror's log note in words, for display only; empty when it had none */
    static String rejected(int status, String note) {
        return note.isEmpty() ? Messages.get("grading.rejected", status)
                : Messages.get("grading.rejected.note", status, note);
    }

    static String wrongDocument(String asked, String path) {
        return Messages.get("grading.wrong.document", asked, path);
    }

    static String requestLineLabel() {
        return Messages.get("grading.label.request.line");
    }

    static String blankLineLabel() {
        return Messages.get("grading.label.blank.line");
    }

    static String headerLineLabel(String line) {
        return Messages.get("grading.label.header.line", line);
    }

    static String connectedSilently() {
        return Messages.get("grading.connected.silently");
    }

    // output
    static String replyShown(int chars) {
        return Messages.get("grading.reply.shown", chars);
    }

    static String notChecked() {
        return Messages.get("grading.not.checked");
    }

    static String replyMissing(String firstLine) {
        return Messages.get("grading.reply.missing", firstLine);
    }

    static String outputDiffers(int at) {
        return Messages.get("grading.output.differs", at);
    }

    static String outputStopsEarly(int shown, int total, boolean reveal) {
        return Messages.get("grading.output.stops.early", shown, revealed(reveal, Messages.get("grading.characters",
                total)));
    }

    static String extraNewlines(int count, int boundary) {
        return boundary > 0 ? Messages.get("grading.extra.newlines.boundary", count, boundary)
                : Messages.get("grading.extra.newlines.reads", count);
    }

    static String shownWithin(int shown, int limit) {
        return Messages.get("grading.shown.within", shown, limit);
    }

    static String shownTooMuch(int shown, int limit) {
        return Messages.get("grading.shown.too.much", shown, limit);
    }

    static String countOk(long n) {
        return Messages.get("grading.count.ok", n);
    }

    /**
     * A wrong count says which way it is off and the likely cause, never the expected value nor the difference:
     * the learner finds the mistake, not the number. With {@code reveal} (instructors only) the expected value is
     * added.
     */
    static String wrongCount(String what, long printed, boolean tooMany, String cause, boolean reveal, long expected) {
        return Messages.get(tooMany ? "grading.wrong.count.many" : "grading.wrong.count.few", what, printed, cause,
                revealed(reveal, Long.toString(expected)));
    }

    static String noCount(String what, boolean reveal, long expected) {
        return Messages.get("grading.no.count", what, revealed(reveal, Long.toString(expected)));
    }

    /** Only for an instructor's --reveal: the expected value, marked so it is never mistaken for a hint. */
    static String revealed(boolean reveal, String expected) {
        return reveal ? Messages.get("grading.revealed", expected) : "";
    }

    // likely causes of a wrong count
    static String paragraphsTooMany() {
        return Messages.get("grading.paragraphs.too.many");
    }

    static String paragraphsTooFew() {
        return Messages.get("grading.paragraphs.too.few");
    }

    static String receivedOnlyShown() {
        return Messages.get("grading.received.only.shown");
    }

    static String receivedOnlyDocument() {
        return Messages.get("grading.received.only.document");
    }

    static String receivedTooFew() {
        return Messages.get("grading.received.too.few");
    }

    static String receivedTooMany() {
        return Messages.get("grading.received.too.many");
    }

    static String documentWithHead() {
        return Messages.get("grading.document.with.head");
    }

    static String documentTooMany() {
        return Messages.get("grading.document.too.many");
    }

    static String documentTooFew() {
        return Messages.get("grading.document.too.few");
    }

    static String wholeReply() {
        return Messages.get("grading.what.whole.reply");
    }

    static String bodyChars() {
        return Messages.get("grading.what.body.chars");
    }

    static String paragraphs() {
        return Messages.get("grading.what.paragraphs");
    }

    static String libraryOk(String library, String agent) {
        if (library.isEmpty()) {
            return agent.isEmpty() ? Messages.get("grading.library.ok") : Messages.get("grading.library.ok.agent", agent);
        }
        return agent.isEmpty() ? Messages.get("grading.library.ok.library", library)
                : Messages.get("grading.library.ok.both", library, agent);
    }

    static String socketByHand() {
        return Messages.get("grading.socket.by.hand");
    }

    static String notLibrary() {
        return Messages.get("grading.not.library");
    }

    static String bodyOnlyOk() {
        return Messages.get("grading.body.only.ok");
    }

    static String headerShown(String line) {
        return Messages.get("grading.header.shown", line);
    }

    static String bodyMissing(String firstLine, boolean reveal) {
        return Messages.get("grading.body.missing", revealed(reveal, "\"" + firstLine + "\""));
    }

    static String firstPieceOnly(int pieces) {
        return Messages.get("grading.first.piece.only", pieces);
    }

    // scraping: exercise 10
    static String commentNumbers() {
        return Messages.get("grading.what.comment.numbers");
    }

    static String sumEveryNumber() {
        return Messages.get("grading.sum.every.number");
    }

    static String sumTooMany() {
        return Messages.get("grading.sum.too.many");
    }

    static String sumIsCount() {
        return Messages.get("grading.sum.is.count");
    }

    static String sumTooFew() {
        return Messages.get("grading.sum.too.few");
    }

    // scraping: exercise 11
    /** What the grader typed, in parentheses with a space before: appended to a links-followed message. */
    static String typedIn(String url, int count, int position) {
        return Messages.get("grading.typed.in", url, count, position);
    }

    static String linksOk(int pages, int position) {
        return Messages.get("grading.links.ok", pages, position);
    }

    static String wrongStart(String asked) {
        return Messages.get("grading.wrong.start", asked);
    }

    static String linkMissing(int step, String asked, int status) {
        return Messages.get("grading.link.missing", step, asked, status);
    }

    static String wrongLink(int step, String asked, String from, int position) {
        return Messages.get("grading.wrong.link", step, asked, position, from);
    }

    static String tooFewPages(int fetched, int count) {
        return Messages.get("grading.too.few.pages", fetched, count, count - 1);
    }

    static String tooManyPages(int fetched, int count) {
        return Messages.get("grading.too.many.pages", fetched, count, count + 1);
    }

    static String urlsShown(int urls) {
        return Messages.get("grading.urls.shown", urls);
    }

    static String urlNotShown(int step) {
        return step == 0 ? Messages.get("grading.start.url.not.shown") : Messages.get("grading.url.not.shown", step);
    }

    static String lastNameOk(String name) {
        return Messages.get("grading.last.name.ok", name);
    }

    static String noName() {
        return Messages.get("grading.no.name");
    }

    static String urlLast() {
        return Messages.get("grading.url.last");
    }

    static String nameTooEarly(String printed, int links) {
        return links == 0 ? Messages.get("grading.name.start.page", printed)
                : Messages.get("grading.name.too.early", printed, links);
    }

    static String crashedBeforeName() {
        return Messages.get("grading.crashed.before.name");
    }

    static String nameTooLate(String printed) {
        return Messages.get("grading.name.too.late", printed);
    }

    static String nameOneOff(String printed) {
        return Messages.get("grading.name.one.off", printed);
    }

    static String wrongName(String printed, boolean reveal, String expected) {
        return Messages.get("grading.wrong.name", printed, revealed(reveal, expected));
    }

    // nothing reached the server
    static String notRun() {
        return Messages.get("grading.not.run");
    }

    /** Why nothing reached the server and how the program ended, before the end of its output, or saying it had none. */
    static String noRequestBecause(String cause, String ending, boolean printed) {
        return Messages.get(printed ? "grading.no.request.because" : "grading.no.request.silent", cause, ending);
    }

    static String exitedWith(int status) {
        return Messages.get("grading.exited.with", status);
    }

    static String stoppedAfter(Duration limit) {
        return Messages.get("grading.stopped.after", seconds(limit));
    }

    static String causeFileNotFound() {
        return Messages.get("grading.cause.file.not.found");
    }

    static String causeJavaCompile() {
        return Messages.get("grading.cause.java.compile");
    }

    static String causePythonSyntax() {
        return Messages.get("grading.cause.python.syntax");
    }

    static String causeBs4Missing() {
        return Messages.get("grading.cause.bs4.missing");
    }

    static String relativeUrl() {
        return Messages.get("grading.relative.url");
    }

    static String causeModuleMissing(String module) {
        return Messages.get("grading.cause.module.missing", module);
    }

    static String causeCrashed(String why) {
        return Messages.get("grading.cause.crashed", why);
    }

    static String causeConnectedSilently() {
        return Messages.get("grading.cause.connected.silently");
    }

    static String causeNoConnection(String host, int port) {
        return Messages.get("grading.cause.no.connection", host, port);
    }

    static String badInputOk(String input) {
        return Messages.get("grading.bad.input.ok", input);
    }

    static String badInputSilent(String input) {
        return Messages.get("grading.bad.input.silent", input);
    }

    static String badInputCrashed(String input, String why) {
        return Messages.get("grading.bad.input.crashed", input, why);
    }

    static String badInputHung(String input, Duration limit) {
        return Messages.get("grading.bad.input.hung", input, seconds(limit));
    }

    /** A duration in seconds, whole or to a tenth: {@code 15 s}, {@code 1.5 s}. */
    static String seconds(Duration d) {
        long ms = d.toMillis();
        return Messages.get("grading.seconds",
                ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(Locale.ROOT, "%.1f", ms / 1000.0));
    }
}
