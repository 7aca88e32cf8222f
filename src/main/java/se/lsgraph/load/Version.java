package se.lsgraph.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The lsgraph version, written into the jar by the build. */
public final class Version {
    private static final String VERSION = read();

    private Version() {}

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/lsgraph-version.properties")) {
            Properties p = new Properties();
            if (in != null)
                p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
