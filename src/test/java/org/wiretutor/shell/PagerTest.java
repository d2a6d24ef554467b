package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.wiretutor.shell.screen.Screen;

/** The pager's screens, keys and the part of a step it never hides, on a 24-row screen. */
class PagerTest {
    private final List<String> shown = new ArrayList<>();
    private final List<String> prompts = new ArrayList<>();
    private final Screen screen = new Screen() {
        @Override
        public void show(List<AttributedString> lines) {
            lines.forEach(l -> shown.add(l.toString()));
        }

        @Override
        public int width() {
            return 80;
        }

        @Override
        public int height() {
            return 24;
        }
    };

    private Pager pager(PagerKey... keys) {
        Deque<PagerKey> left = new ArrayDeque<>(List.of(keys));
        return new Pager(screen, prompt -> {
            prompts.add(prompt);
            return left.isEmpty() ? PagerKey.QUIT : left.poll();
        });
    }

    private static List<AttributedString> lines(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new AttributedString("line " + i)).toList();
    }

    @Test
    void spaceShowsTheNextScreenAndQStopsSayingHowMuchIsLeft() {
        pager(PagerKey.SCREEN).page(lines(50), 50);
        assertEquals(lines(44).stream().map(AttributedString::toString).toList(), shown.subList(0, 44));
        assertEquals("(6 more lines not shown.)", shown.get(44));
        assertEquals(List.of("-- 22 of 50 lines shown · space: more · Enter: a line · b: back · q: stop --",
                "-- 44 of 50 lines shown · space: more · Enter: a line · b: back · q: stop --"), prompts);
    }

    @Test
    void enterShowsOneLineAndBGoesBackAScreen() {
        pager(PagerKey.LINE, PagerKey.SCREEN, PagerKey.BACK).page(lines(60), 60);
        assertEquals("line 23", shown.get(22), "Enter: one more line");
        assertEquals("line 45", shown.get(44), "space: the next screenful after it");
        assertEquals("line 2", shown.get(45), "b: the screenful before the one on the screen");
        assertEquals("line 23", shown.get(66));
        assertEquals("(37 more lines not shown.)", shown.get(67));
    }

    @Test
    void aKeyThatTypesNothingRemindsOfTheKeysOnceAndStays() {
        pager(PagerKey.OTHER, PagerKey.OTHER, PagerKey.OTHER, PagerKey.SCREEN).page(lines(30), 30);
        assertEquals("Keys: space next screen · Enter one line · b back · q stop", shown.get(22), shown.toString());
        assertEquals("line 23", shown.get(23), "after the reminder the pager still pages, reminding no more");
        assertEquals("line 30", shown.get(shown.size() - 1));
        assertEquals(1, shown.stream().filter(l -> l.startsWith("Keys:")).count(), shown.toString());
        assertEquals(4, prompts.size());
    }

    @Test
    void aTypedKeyStopsAsQDoesShowingTheEndOfTheStep() {
        pager(PagerKey.TYPED).page(lines(60), 2);
        assertEquals("line 22", shown.get(21));
        assertEquals("(17 lines skipped; the end of the step:)", shown.get(22));
        assertEquals("line 60", shown.get(shown.size() - 1), "the step's command is in sight");
        assertEquals(1, prompts.size(), "no more waiting for keys");
    }

    @Test
    void onlyThePromptsFourKeysPageAndALetterIsTyped() {
        assertEquals(PagerKey.SCREEN, PagerKey.of(' '));
        assertEquals(PagerKey.LINE, PagerKey.of('\r'));
        assertEquals(PagerKey.BACK, PagerKey.of('b'));
        assertEquals(PagerKey.QUIT, PagerKey.of('q'));
        for (char c : "anfj5~é".toCharArray()) assertEquals(PagerKey.TYPED, PagerKey.of(c), String.valueOf(c));
        for (int c : new int[] {'\t', 0x1b, 0x7f, 0x08}) assertEquals(PagerKey.OTHER, PagerKey.of(c), "key " + c);
    }

    @Test
    void aStepThatFitsOnAScreenIsShownWholeWithoutStopping() {
        // 15 lines of a lesson's introduction, then a 20-line step: the step ends the screen, whole
        Pager pager = pager();
        assertTrue(!pager.needed(35, 15), "a step that fits is never held behind a key");
        assertTrue(pager.needed(35, 12), "a step longer than a screen is paged");
        assertTrue(pager.needed(35, 35), "text with nothing to keep is paged");
    }

    @Test
    void qNeverHidesTheEndOfAStep() {
        pager(PagerKey.QUIT).page(lines(60), 2);
        assertEquals("line 22", shown.get(21));
        assertEquals("(17 lines skipped; the end of the step:)", shown.get(22));
        assertEquals("line 40", shown.get(23));
        assertEquals("line 60", shown.get(shown.size() - 1), "the step's last lines, its command, are shown");
    }

    @Test
    void whatFitsIsNotPaged() {
        Pager pager = pager();
        assertTrue(!pager.needed(23, 23) && pager.needed(24, 24));
    }

    @Test
    void ctrlCAndTheEndOfInputStopLikeQ() {
        assertEquals(PagerKey.QUIT, PagerKey.of(3));
        assertEquals(PagerKey.QUIT, PagerKey.of(4));
        assertEquals(PagerKey.QUIT, PagerKey.of(-1));
    }

    @Test
    void linesFromElsewhereGoAboveTheWaitingPromptWhichIsDrawnAgain() throws Exception {
        InteractiveShellTest.SyncedOutput bytes = new InteractiveShellTest.SyncedOutput();
        org.jline.terminal.Terminal terminal = org.jline.terminal.TerminalBuilder.builder().system(false)
                .streams(new java.io.ByteArrayInputStream(new byte[0]), bytes).dumb(true).type("dumb").build();
        Screen printing = new Screen() {
            @Override
            public void show(List<AttributedString> lines) {
                lines.forEach(l -> terminal.writer().println(l.toString()));
                terminal.flush();
            }

            @Override
            public int width() {
                return 80;
            }
        };
        PagerLine line = new PagerLine(printing, terminal);
        line.show(new AttributedString("before"));
        line.prompt("-- more --");
        line.show(new AttributedString("Connection closed."));
        line.erase();
        line.show(new AttributedString("after"));
        bytes.await("after\r\n");
        String out = bytes.text().replace("\r", "");
        assertEquals("before\n-- more --\nConnection closed.\n-- more --\nafter\n", out);
    }
}
