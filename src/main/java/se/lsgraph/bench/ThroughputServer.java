package se.lsgraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server under load: `lsgraph serve` from a given jar in its own JVM with every default
 * (threads, per-client limit, timeout, heap), on a free loopback port, optionally recording a
 * Java Flight Recording of the whole run for profiling.
 */
final class ThroughputServer implements AutoCloseable {
    final String label;
    final Path jar;
    private final int port;
    private final Process process;

    private ThroughputServer(String label, Path jar, int port, Process process) {
        this.label = label;
        this.jar = jar;
        this.port = port;
        this.process = process;
    }

    /** @param flightRecording where to write a JFR recording of the run, or null for none */
    static ThroughputServer start(String label, Path jar, Path db, Path log, Path flightRecording) throws IOException {
        int port = ReadyProbe.freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (flightRecording != null)
            command.add("-XX:StartFlightRecording=filename=" + flightRecording.toAbsolutePath() + ",settings=profile,dumponexit=true");
        command.addAll(List.of("-Dlsgraph.logs=" + log.getParent().toAbsolutePath(), "-jar", jar.toString(), "serve",
                "--db", db.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        // A benchmark stopped with Ctrl-C or kill does not leave its server running.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new ThroughputServer(label, jar, port, process);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * The JVM that serves: `serve` started without -Xmx runs the server in a second JVM with the
     * default heap (cli/ServeHeap), and the first one only waits for it, so its CPU is not the server's.
     */
    long pid() {
        return process.toHandle().descendants().filter(ProcessHandle::isAlive).mapToLong(ProcessHandle::pid).findFirst()
                .orElse(process.pid());
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Polls /ready (store and finder) until it answers 200; false if the process ends or the timeout passes. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        return ReadyProbe.await(port, process, timeout);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
