package se.lsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server under abuse: `lsgraph serve` in its own JVM with the default limits, updates allowed
 * for one user (so the write paths can be abused too), on a free loopback port. Its peak resident
 * memory is read from /proc, where the high-water mark can also be reset between cases.
 */
final class AbuseServer implements AutoCloseable {
    static final String USER = "bench";
    static final String PASSWORD_VARIABLE = "LSGRAPH_ABUSE_PASSWORD";

    final int port;
    final String password;
    private final Process process;

    private AbuseServer(int port, String password, Process process) {
        this.port = port;
        this.password = password;
        this.process = process;
    }

    /** @param heap the child's -Xmx, or null for serve's default (ServeHeap: it starts a second JVM with -Xmx1g) */
    static AbuseServer start(Path jar, Path db, long timeoutSeconds, String heap, Path log) throws IOException {
        int port = ReadyProbe.freePort();
        String password = java.util.UUID.randomUUID().toString();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (heap != null)
            command.add("-Xmx" + heap);
        command.addAll(List.of("-Dlsgraph.logs=" + log.getParent().toAbsolutePath(), "-jar", jar.toString(), "serve",
                "--db", db.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--timeout", Long.toString(timeoutSeconds),
                "--allow-update", "--user", USER, "--password-env", PASSWORD_VARIABLE));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put(PASSWORD_VARIABLE, password);
        Process process = builder.start();
        // A benchmark stopped with Ctrl-C or kill does not leave its server running.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new AbuseServer(port, password, process);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Polls /ready until it answers 200; false if the process ends or the timeout passes first. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        return ReadyProbe.await(port, process, timeout);
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /**
     * The started process and its descendants: `serve` without -Xmx runs the server in a second JVM
     * with the default heap (ServeHeap), and what the default way to run costs is both JVMs together.
     */
    private List<Long> pids() {
        List<Long> pids = new ArrayList<>(List.of(process.pid()));
        process.toHandle().descendants().forEach(p -> pids.add(p.pid()));
        return pids;
    }

    /** Starts a new peak-memory window (Linux: writing 5 to clear_refs resets VmHWM); false if not allowed here. */
    boolean resetPeakMemory() {
        try {
            for (long pid : pids())
                Files.writeString(Path.of("/proc", Long.toString(pid), "clear_refs"), "5");
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Peak resident memory in MiB since start or the last reset: the sum of the processes' VmHWM
     * (an upper bound of their peak together); -1 once the server is gone.
     */
    long peakMemoryMib() {
        long kb = 0;
        for (long pid : pids()) {
            long one = statusKb(pid, "VmHWM:");
            if (one < 0)
                return -1;
            kb += one;
        }
        return kb / 1024;
    }

    private static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")))
                if (line.startsWith(field))
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
        } catch (IOException | NumberFormatException gone) {
            return -1024;
        }
        return -1024;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
