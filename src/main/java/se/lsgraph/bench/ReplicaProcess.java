package se.lsgraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One lsgraph replica in its own JVM: `serve --read-only` on a loopback port, its log in a file. */
final class ReplicaProcess {
    final String name;
    final int port;
    private final List<String> command;
    private final Path log;
    private Process process;

    ReplicaProcess(String name, Path jar, String heap, Path db, int port, Path log) {
        this.name = name;
        this.port = port;
        this.log = log;
        // Behind HAProxy every request comes from one address: the per-client limit must let the
        // proxy use the connections it is given (maxconn in deploy/haproxy.cfg).
        this.command = List.of("java", "-Xmx" + heap, "-jar", jar.toString(), "serve", "--read-only", "--db", db.toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--threads", "64", "--threads-per-client", "16");
    }

    void start() throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Polls /ready until it answers 200 naming the build; false if the timeout passes or the process ends first. */
    boolean awaitReady(String build, Duration timeout) throws InterruptedException {
        return ReadyProbe.await(port, process, timeout, body -> body.contains("\"build\":\"" + build + "\""));
    }

    /** SIGKILL: the replica dies mid-request, as a crashed machine would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the shutdown hook stops the server and closes the store. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS))
            kill();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }
}
