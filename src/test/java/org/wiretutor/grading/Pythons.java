package org.wiretutor.grading;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Python interpreters for the scraping tests, chosen so each test is decided by what it sets up and never
 * skipped: one that has BeautifulSoup, and one that cannot have it.
 */
final class Pythons {

    /** Where a python3 with BeautifulSoup may be: the one on PATH (pip), or Debian's (apt's python3-bs4). */
    private static final List<String> CANDIDATES = List.of("python3", "/usr/bin/python3", "/usr/local/bin/python3");
    private static List<String> withBs4;

    private Pythons() {
    }

    /** A python3 that can import bs4; the test fails, saying how to get one, when there is none. */
    static synchronized List<String> withBs4() throws InterruptedException {
        if (withBs4 == null) {
            for (String python : CANDIDATES) {
                if (imports(python, "bs4")) {
                    withBs4 = List.of(python);
                    break;
                }
            }
            if (withBs4 == null) {
                fail("no python3 that can import bs4 (BeautifulSoup) was found; tried " + CANDIDATES + ". Install "
                        + "it: apt-get install python3-bs4 (Debian, for /usr/bin/python3) or pip install "
                        + "beautifulsoup4 (.ci/run installs python3-bs4)");
            }
        }
        return withBs4;
    }

    /**
     * python3 without its site packages ({@code -S}): BeautifulSoup is never in the standard library, so it cannot
     * be imported, wherever it is installed, while urllib and re still work.
     */
    static List<String> withoutBs4() throws InterruptedException {
        List<String> python = List.of("python3", "-S");
        if (!imports(python.get(0), "urllib.request") || imports(python.get(0) + " -S", "bs4")) {
            fail("python3 -S should import urllib.request but not bs4");
        }
        return python;
    }

    private static boolean imports(String python, String module) throws InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(python.split(" ")));
        command.addAll(List.of("-c", "import " + module));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
