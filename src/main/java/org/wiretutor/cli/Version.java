package org.wiretutor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.wiretutor.text.Messages;
import picocli.CommandLine;

/** wiretutor's version, stamped into the jar by the build. */
public final class Version implements CommandLine.IVersionProvider {
    public static String current() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/wiretutor/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException ignored) {
            // a missing stamp only affects the version string
        }
        return p.getProperty("version", "dev");
    }

    @Override
    public String[] getVersion() {
        return new String[] {Messages.get("cli.version", current()),
                Messages.get("cli.version.java", System.getProperty("java.version"), System.getProperty("java.vendor"))};
    }
}
