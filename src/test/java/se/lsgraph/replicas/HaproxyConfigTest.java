package se.lsgraph.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped HAProxy configuration passes HAProxy's own check, with no warning. */
class HaproxyConfigTest {
    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    private static final Path CONFIG = Path.of("deploy/haproxy.cfg");

    @TempDir
    Path run;

    @Test
    void haproxyAcceptsTheShippedConfiguration() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(HAPROXY), "HAProxy is not installed here (" + HAPROXY + "): skipped; "
                + ".ci/run installs Debian's haproxy, or run: apt-get install haproxy");
        ProcessBuilder check = new ProcessBuilder(HAPROXY.toString(), "-c", "-f", CONFIG.toString()).redirectErrorStream(true);
        check.environment().put("LSGRAPH_HAPROXY_RUN", run.toString());
        Process p = check.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "haproxy -c did not finish within 30 s");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("Configuration file is valid"), output);
        assertTrue(!output.contains("[WARNING]") && !output.contains("[ALERT]"), output);
    }
}
