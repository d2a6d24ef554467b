package org.wiretutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonParserTest {
    private static final String HEAD = "---\nformat_version: 1\ntitle: T\n---\n";

    @Test
    void bundledLessonOneParsesIntoItsSteps() {
        Course course = CourseLoader.bundled();
        assertTrue(course.problems().isEmpty(), () -> "problems: " + course.problems());
        Lesson one = course.lesson(1).orElseThrow();
        assertEquals("http-dance", one.id());
        assertEquals("The HTTP dance", one.title());
        List<String> titles = one.steps().stream().map(Step::title).toList();
        assertEquals(List.of("Two programs and a socket", "Open a connection", "Ask for a document", "The blank line",
                "Read the reply", "Recap"), titles);
        assertEquals(new ConnectedCheck("data.pr4e.org", 80), one.steps().get(1).checks().get(0));
        RequestLineCheck line = (RequestLineCheck) one.steps().get(2).checks().get(0);
        assertEquals(List.of("http://data.pr4e.org/romeo.txt", "/romeo.txt"), line.targets());
        assertInstanceOf(BlankLineCheck.class, one.steps().get(3).checks().get(0));
        assertEquals(List.of(new ReplyCheck(200), new ServerClosedCheck()), one.steps().get(4).checks());
        assertTrue(one.steps().get(0).isReading());
        assertTrue(one.steps().get(1).body().contains("open data.pr4e.org 80"));
        assertTrue(one.steps().stream().noneMatch(s -> s.body().contains("@check")), "directives are stripped");
    }

    @Test
    void directiveArgumentsMayBeQuoted() throws Exception {
        Lesson l = LessonParser.parse("02-x.md", HEAD
                + "## Step: A\ntext\n@check request-line method=HEAD target=\"/a b\" version=HTTP/1.1\n@hint one\n");
        assertEquals(new RequestLineCheck("HEAD", List.of("/a b"), "HTTP/1.1"), l.steps().get(0).checks().get(0));
        assertEquals(List.of("one"), l.steps().get(0).hints());
        assertEquals(2, l.number());
    }

    /** Wrong answers from different slips are each told the reason that fits them; the rest share the first. */
    @Test
    void wrongAnswersInGroupsHaveTheirOwnReasons() throws Exception {
        Lesson l = LessonParser.parse("07-x.md", HEAD + "## Step: A\ntext\n@check answer accept=\"ff d8\""
                + " wrong=\"48 54\" reason=\"The status line.\" wrong2=\"00 00|0000\" reason2=\"The row's offset.\"\n");
        AnswerCheck bytes = (AnswerCheck) l.steps().get(0).checks().get(0);
        assertEquals("The status line.", bytes.read("48 54").note());
        assertEquals("The row's offset.", bytes.read("00 00").note());
        assertEquals("The row's offset.", bytes.read("0000").note());
        assertEquals(AnswerCheck.Fit.RIGHT, bytes.read("FF D8").fit());
        var alone = assertThrows(LessonFormatException.class, () -> LessonParser.parse("07-x.md", HEAD
                + "## Step: A\n@check answer accept=\"a\" wrong=\"b\" reason=\"r\" wrong2=\"c\"\n"));
        assertTrue(alone.getMessage().contains("wrong2= and reason2= go together"), alone.getMessage());
    }

    @Test
    void unknownDirectiveIsReportedWithItsLine() {
        var e = assertThrows(LessonFormatException.class,
                () -> LessonParser.parse("01-x.md", HEAD + "## Step: A\n\n@chek connected host=a\n"));
        assertEquals(7, e.line());
        assertTrue(e.getMessage().startsWith("01-x.md:7: unknown directive @chek"), e.getMessage());
    }

    @Test
    void unknownCheckAndArgumentAreReported() {
        var kind = assertThrows(LessonFormatException.class,
                () -> LessonParser.parse("01-x.md", HEAD + "## Step: A\n@check teleported\n"));
        assertTrue(kind.getMessage().contains("unknown check 'teleported'"), kind.getMessage());
        var arg = assertThrows(LessonFormatException.class,
                () -> LessonParser.parse("01-x.md", HEAD + "## Step: A\n@check reply colour=blue\n"));
        assertTrue(arg.getMessage().contains("takes no argument 'colour'"), arg.getMessage());
        var num = assertThrows(LessonFormatException.class,
                () -> LessonParser.parse("01-x.md", HEAD + "## Step: A\n@check reply status=ok\n"));
        assertTrue(num.getMessage().contains("status=ok is not a number"), num.getMessage());
    }

    @Test
    void formatVersionIsGuarded() {
        var e = assertThrows(LessonFormatException.class,
                () -> LessonParser.parse("01-x.md", "---\nformat_version: 9\ntitle: T\n---\n## Step: A\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("format_version 9"), e.getMessage());
        var missing = assertThrows(LessonFormatException.class,
                () -> LessonParser.parse("01-x.md", "---\ntitle: T\n---\n## Step: A\n"));
        assertTrue(missing.getMessage().contains("no format_version"), missing.getMessage());
    }

    @Test
    void frontMatterAndStepsAreRequired() {
        assertThrows(LessonFormatException.class, () -> LessonParser.parse("01-x.md", "# Just markdown\n"));
        var none = assertThrows(LessonFormatException.class, () -> LessonParser.parse("01-x.md", HEAD + "Intro only\n"));
        assertTrue(none.getMessage().contains("at least one step"), none.getMessage());
        var early = assertThrows(LessonFormatException.class,
                () -> LessonParser.parse("01-x.md", HEAD + "@hint too early\n## Step: A\n"));
        assertEquals(5, early.line());
    }

    @Test
    void aFolderWithABrokenLessonStillLoadsTheOthers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("01-good.md"), HEAD + "## Step: A\nread me\n");
        Files.writeString(dir.resolve("02-bad.md"), HEAD + "## Step: A\n@bogus\n");
        Files.writeString(dir.resolve("README.md"), "not a lesson");
        Course course = CourseLoader.fromDirectory(dir);
        assertEquals(1, course.lessons().size());
        assertEquals(1, course.problems().size());
        assertEquals("02-bad.md", course.problems().get(0).source());
        assertEquals(6, course.problems().get(0).line());
    }
}
