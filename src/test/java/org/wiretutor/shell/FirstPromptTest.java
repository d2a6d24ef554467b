package org.wiretutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;
import org.wiretutor.text.Messages;

/** The prompt drawn before the shell is ready, and the terminal opened without subprocesses. */
class FirstPromptTest {
    @Test
    void theEarlyLinesAreTheBannersOwnFirstLines() {
        assertEquals(List.of("wiretutor 9.9 — learn how the web talks by typing it yourself.",
                "Type help for the commands, lessons for the course, quit to leave."), FirstPrompt.lines("9.9", false));
        assertEquals(Messages.get("shell.offline.note"), FirstPrompt.lines("9.9", true).get(2));
    }

    @Test
    void plainTextEndsWithThePromptAndNoNewline() {
        String text = FirstPrompt.text("1.0", true, false);
        assertTrue(text.startsWith(Messages.get("shell.banner", "1.0") + "\n" + Messages.get("shell.banner.help") + "\n"),
                text);
        assertTrue(text.endsWith("\n" + Shell.PROMPT_TEXT), text);
        assertFalse(text.contains("\u001b"), "no colour asked for, none written: " + text);
    }

    @Test
    void colourTextIsStyledAndSaysTheSameWords() {
        String text = FirstPrompt.text("1.0", false, true);
        assertTrue(text.contains("\u001b["), text);
        assertEquals(FirstPrompt.text("1.0", false, false), text.replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    /** The hand-over moves the cursor up over every row drawn, counting the rows the terminal wrapped. */
    @Test
    void rowsCountTheTerminalsOwnWrapping() {
        // banner 65 columns, help 66, offline note 76, and the prompt's row
        assertEquals(4, FirstPrompt.rows("0.1.0", true, 80));
        assertEquals(4, FirstPrompt.rows("0.1.0", true, 76));   // exactly full rows do not wrap
        assertEquals(7, FirstPrompt.rows("0.1.0", true, 60));   // each of the three lines takes two rows
        assertEquals(3, FirstPrompt.rows("0.1.0", false, 0));   // width unknown: taken as 80
    }

    @Test
    void tmuxCapabilitiesAreBundledAndParse() {
        for (String type : SystemTerminal.BUNDLED_TYPES) {
            String caps = SystemTerminal.capabilities(type);
            Set<Capability> bools = new HashSet<>();
            Map<Capability, Integer> ints = new HashMap<>();
            Map<Capability, String> strings = new HashMap<>();
            InfoCmp.parseInfoCmp(caps, bools, ints, strings);
            assertNotNull(strings.get(Capability.cursor_up), type);
            assertNotNull(strings.get(Capability.clr_eos), type);
            assertNotNull(strings.get(Capability.key_up), type);
            assertTrue(ints.getOrDefault(Capability.max_colors, 0) >= 8, type);
        }
    }

    /** JLine would run infocmp for these types; after this it has their capabilities without it. */
    @Test
    void theTerminalsTypeIsGivenItsCapabilitiesSoNoInfocmpRuns() {
        SystemTerminal.bundleCapabilities("tmux-256color");
        assertEquals(SystemTerminal.capabilities("tmux-256color"), InfoCmp.getLoadedInfoCmp("tmux-256color"));
        SystemTerminal.bundleCapabilities("rxvt-unicode-256color");   // a type no other test opens a terminal of
        assertEquals(InfoCmp.getDefaultInfoCmp("rxvt-unicode-256color"), InfoCmp.getLoadedInfoCmp("rxvt-unicode-256color"));
        SystemTerminal.bundleCapabilities("no-such-terminal-wt");
        assertNull(InfoCmp.getLoadedInfoCmp("no-such-terminal-wt"), "an unknown type is left to infocmp");
        SystemTerminal.bundleCapabilities(null);   // no TERM: nothing to do, nothing thrown
    }

    /**
     * Outside the jar, where the manifest's Add-Opens does not apply (this test's class path), echo cannot be
     * switched: that is reported, nothing is thrown, and the shell then draws nothing early.
     */
    @Test
    void withoutTheJarsManifestEchoIsLeftAloneAndSaysSo() {
        assertFalse(TerminalEcho.set(false));
        assertFalse(TerminalEcho.set(true));
    }
}
