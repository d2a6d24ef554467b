package org.wiretutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wiretutor.mirror.pages.MirrorFiles;

class CourseLintTest {
    private static final String HEAD = "---\nformat_version: 1\ntitle: T\n---\n";

    @Test
    void theBundledLessonsAreClean() throws Exception {
        CourseLint.Report report = new CourseLint(MirrorFiles.bundled()).lint(Path.of("lessons"));
        assertTrue(report.clean(), () -> String.join("\n", report.problems().stream().map(Object::toString).toList()));
        assertTrue(report.lessons() >= 1);
    }

    @Test
    void everyProblemIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01-a.md"), HEAD
                + "## Step: Ask\n"                                     // 5
                + "@check request-line target=/nothere.txt\n"           // 6
                + "@hint h\n"                                           // 7
                + "## Step: Run\n"                                     // 8
                + "@check program name=ghost.py\n"                      // 9
                + "@bogus\n"                                            // 10
                + "@check reply status=999\n"                           // 11
                + "## Step: No hint\n"                                 // 12
                + "@check connected host=x port=70000\n");              // 13
        Files.writeString(dir.resolve("01-b.md"), HEAD + "## Step: A\nread\n");
        Files.writeString(dir.resolve("lesson-two.md"), HEAD + "## Step: A\nread\n");
        Files.writeString(dir.resolve("03-bad.md"), "no front matter\n");
        Files.writeString(dir.resolve("README.md"), "ignored");
        CourseLint.Report report = new CourseLint(MirrorFiles.bundled()).lint(dir);
        List<String> lines = report.problems().stream().map(Object::toString).toList();
        String all = String.join("\n", lines);
        assertTrue(all.contains("01-a.md:6: /nothere.txt is not a file the mirror serves"), all);
        assertTrue(all.contains("01-a.md:9: there is no program ghost.py"), all);
        assertTrue(all.contains("01-a.md:10: unknown directive @bogus"), all);
        assertTrue(all.contains("01-a.md:11: status=999 is not an HTTP status code"), all);
        assertTrue(all.contains("01-a.md:12: step \"No hint\" asks the learner to do something but has no @hint"), all);
        assertTrue(all.contains("01-a.md:13: port=70000 is not a TCP port"), all);
        assertTrue(all.contains("01-b.md:1: lesson number 1 is also used by 01-a.md"), all);
        assertTrue(all.contains("lesson-two.md:1: not named NN-name.md"), all);
        assertTrue(all.contains("03-bad.md:1:"), all);
        assertTrue(all.contains("01-a.md:8: step \"Run\" asks the learner to do something but has no @hint"), all);
        assertEquals(10, lines.size(), all);
    }

    @Test
    void commandsThatMarkdownRunsIntoTheTextAreReportedAtTheirLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01-a.md"), HEAD
                + "\n"                                                 // 5
                + "    open data.pr4e.org 80\n"                        // 6: the intro may open with commands
                + "    GET / HTTP/1.0\n"                               // 7
                + "## Step: Opens with commands\n"                    // 8
                + "\n"                                                 // 9
                + "    open data.pr4e.org 80\n"                        // 10
                + "    GET http://data.pr4e.org/page1.htm HTTP/1.0\n"  // 11
                + "@check blank-line\n"                                // 12
                + "@hint h\n"                                          // 13
                + "## Step: No blank line before the commands\n"      // 14
                + "Type these:\n"                                      // 15
                + "    open data.pr4e.org 80\n"                        // 16
                + "    GET http://data.pr4e.org/page1.htm HTTP/1.0\n"  // 17
                + "@check blank-line\n"                                // 18
                + "@hint h\n"                                          // 19
                + "## Step: A tab before the command\n"               // 20
                + "Then:\n"                                            // 21
                + "\tclose\n"                                          // 22
                + "@check blank-line\n"                                // 23
                + "@hint h\n");
        List<String> lines = new CourseLint(MirrorFiles.bundled()).lint(dir).problems().stream()
                .map(Object::toString).toList();
        String all = String.join("\n", lines);
        assertTrue(all.contains("01-a.md:16: this line is indented like a command, but Markdown reads it as part of "
                + "the text before it"), all);
        assertTrue(all.contains("01-a.md:22: this line is indented like a command"), all);
        assertEquals(2, lines.size(), all);
    }

    @Test
    void questionsAskedTogetherMustSayWhatTheyAskFor(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01-a.md"), HEAD
                + "## Step: Two\n"                                                          // 5
                + "@check answer accept=467\n"                                              // 6
                + "@check answer accept=text/plain\n"                                       // 7
                + "@hint h\n"                                                               // 8
                + "## Step: Named\n"                                                        // 9
                + "@check answer field=Content-Length accept=467\n"                         // 10
                + "@check answer accept=1984 about=\"the year\" wrong=1984 reason=\"r\"\n"  // 11
                + "@hint h\n"                                                               // 12
                + "## Step: Half\n"                                                         // 13
                + "@check answer accept=no-store wrong=no-cache\n"                          // 14
                + "@hint h\n");
        List<String> lines = new CourseLint(MirrorFiles.bundled()).lint(dir).problems().stream()
                .map(Object::toString).toList();
        String all = String.join("\n", lines);
        assertTrue(all.contains("01-a.md:6: step \"Two\" asks 2 questions at once: give each @check answer an "
                + "about=\"the …\""), all);
        assertTrue(all.contains("01-a.md:11: \"1984\" is both accepted and listed in wrong="), all);
        assertTrue(all.contains("01-a.md:14: wrong= lists answers to explain and reason= explains them"), all);
        assertEquals(3, lines.size(), all);
    }

    @Test
    void everyBundledQuestionExplainsACommonWrongAnswer() throws Exception {
        CourseLint.Report report = new CourseLint(MirrorFiles.bundled()).lint(Path.of("lessons"));
        assertEquals(List.of(), report.notes().stream().map(Object::toString).toList());
    }

    @Test
    void aPredictionWhoseTextGivesItsAnswerAwayIsReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01-a.md"), HEAD
                + "Servers say 304 Not Modified when your copy is current.\n"   // 5: the intro gives 304 away
                + "## Step: Predict: a missing file\n"                          // 6
                + "Guess the code, then send it. To a socket, a 404 reply is just bytes.\n"
                + "@check answer accept=\"404\"\n"                               // 8
                + "@check reply status=404\n"
                + "@hint h\n"
                + "## Step: Predict: a tag\n"                                   // 11
                + "Guess the code for a tag that matches.\n"
                + "@check answer accept=\"304\"\n"                               // 13
                + "@check reply status=304\n"
                + "@hint h\n");
        List<String> lines = new CourseLint(MirrorFiles.bundled()).lint(dir).problems().stream()
                .map(Object::toString).toList();
        String all = String.join("\n", lines);
        assertTrue(all.contains("01-a.md:8: step \"Predict: a missing file\" asks the learner to guess, but its text "
                + "already says 404"), all);
        assertTrue(all.contains("01-a.md:13: step \"Predict: a tag\" asks the learner to guess, but the lesson's "
                + "introduction already says 304"), all);
        assertEquals(2, lines.size(), all);
    }

    @Test
    void aPredictionMayHaveItsAnswerInACommandOrInsideAnotherToken(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01-a.md"), HEAD
                + "Send requests with HTTP/1.0 and read what comes back.\n"
                + "## Step: Predict: no version\n"
                + "How many header lines come back? Then send:\n"
                + "\n"
                + "    GET /romeo.txt 0\n"                                        // the command may hold it
                + "\n"
                + "Ask with HTTP/1.0 in mind, with `max-age=0` and 4040 bytes.\n"  // inside longer tokens
                + "@check answer accept=\"0|none\"\n"
                + "@check server-closed\n"
                + "@hint h\n"
                + "## Step: Predict: yes or no\n"                               // "no" is an everyday word
                + "Will the server answer? There is no blank line yet: answer yes or no.\n"
                + "@check answer accept=\"no\"\n"
                + "@check server-closed\n"
                + "@hint h\n"
                + "## Step: Read it off\n"                                      // a question, not a prediction
                + "The reply said 404. What was the status?\n"
                + "@check answer accept=\"404\" wrong=\"200\" reason=\"r\"\n"
                + "@hint h\n"
                + "## Step: Predict: told afterwards\n"
                + "Guess, then try it.\n"
                + "@check answer accept=\"400\"\n"
                + "@check reply status=400\n"
                + "@hint h\n"
                + "## Step: Recap\n"
                + "It was 400 Bad Request.\n");
        CourseLint.Report report = new CourseLint(MirrorFiles.bundled()).lint(dir);
        assertEquals(List.of(), report.problems().stream().map(Object::toString).toList());
    }

    @Test
    void wordsAreFoundWholeAndNotInsideLongerTokens() {
        assertTrue(CourseLint.containsWord("the server said (404).", "404"));
        assertTrue(CourseLint.containsWord("It said 404 Not Found", "404 not found"));
        assertTrue(CourseLint.containsWord("blocks of 100,000 bytes", "100,000"));
        assertTrue(CourseLint.containsWord("Location: it is there", "location"));
        assertFalse(CourseLint.containsWord("HTTP/1.0", "0"));
        assertFalse(CourseLint.containsWord("max-age=0, no-cache", "0"));
        assertFalse(CourseLint.containsWord("39,625 bytes", "625"));
        assertFalse(CourseLint.containsWord("4040 bytes", "404"));
        assertFalse(CourseLint.containsWord("Content-Location", "location"));
    }

    @Test
    void theProseOfAStepLeavesOutItsCodeBlocks() {
        String prose = CourseLint.prose("Say `404 Not Found`:\n\n    GET /x 405\n\n```\n406\n```\n\n1. one\n");
        assertTrue(prose.contains("404 Not Found"), prose);
        assertFalse(prose.contains("405") || prose.contains("406") || prose.contains("1."), prose);
    }

    @Test
    void aNotFoundStepMayAskForAMissingFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01-a.md"), HEAD + "## Step: 404\n@check request-line target=/nosuch.txt\n"
                + "@check blank-line\n@check reply status=404\n@hint h\n");
        assertTrue(new CourseLint(MirrorFiles.bundled()).lint(dir).clean());
    }
}
