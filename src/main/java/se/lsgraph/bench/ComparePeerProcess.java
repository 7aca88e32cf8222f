package se.lsgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A store of the comparison in its child process (a {@link CompareWorker} JVM or the Oxigraph
 * peer in Node): its load, one query at a time, and its peak resident memory from /proc.
 */
final class ComparePeerProcess implements AutoCloseable {
    /** A query's answer: its rows and the time the store took, or the store's error message. */
    record Answer(long rows, double millis, String error) {}

    final String name;
    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> replies = new ArrayBlockingQueue<>(16);
    private double loadSeconds;
    private long statements;
    private boolean dead;
    private long lastPeakMb = -1;

    private ComparePeerProcess(String name, Process process, PrintStream log) {
        this.name = name;
        this.process = process;
        this.commands = process.outputWriter(StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> readReplies(log), "compare-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the child and waits, at most {@code loadTimeout} seconds, until its store is loaded. */
    static ComparePeerProcess start(String name, List<String> command, Path logFile, long loadTimeoutSeconds, PrintStream log)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(logFile.toFile()).start();
        ComparePeerProcess peer = new ComparePeerProcess(name, p, log);
        String ready = peer.replies.poll(loadTimeoutSeconds, TimeUnit.SECONDS);
        if (ready == null || !ready.startsWith("ready ")) {
            peer.close();
            throw new IllegalStateException(name + " did not load (" + ready + "); see " + logFile);
        }
        String[] parts = ready.split(" ");
        peer.loadSeconds = Long.parseLong(parts[1]) / 1e9;
        peer.statements = Long.parseLong(parts[2]);
        return peer;
    }

    private void readReplies(PrintStream log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine())
                if (line.startsWith(CompareWorker.PREFIX))
                    replies.put(line.substring(CompareWorker.PREFIX.length()));
        } catch (IOException | InterruptedException e) {
            log.println(name + ": " + e.getMessage());
        }
    }

    double loadSeconds() {
        return loadSeconds;
    }

    long statements() {
        return statements;
    }

    boolean dead() {
        return dead;
    }

    /**
     * Runs one query; a store that does not answer within the timeout is stopped (it cannot be
     * interrupted from outside) and answers nothing from then on.
     */
    Answer run(String query, long timeoutSeconds) throws IOException, InterruptedException {
        if (dead)
            return new Answer(-1, Double.NaN, "stopped after an earlier timeout");
        commands.write("run " + query + "\n");
        commands.flush();
        String reply = replies.poll(timeoutSeconds, TimeUnit.SECONDS);
        if (reply == null) {
            peakRssMb();
            dead = true;
            process.destroyForcibly();
            return new Answer(-1, Double.NaN, CompareWorker.TIMEOUT + ": no answer within " + timeoutSeconds + " s, store stopped");
        }
        String[] parts = reply.split(" ", 4);
        if (parts[0].equals("ok"))
            return new Answer(Long.parseLong(parts[2]), Long.parseLong(parts[3]) / 1e6, null);
        return new Answer(-1, Double.NaN, parts.length > 2 ? parts[2] + (parts.length > 3 ? " " + parts[3] : "") : reply);
    }

    /** The highest resident set size of the child so far (VmHWM), in MB; once it has ended, the last one read. */
    long peakRssMb() {
        if (!process.isAlive())
            return lastPeakMb;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")))
                if (line.startsWith("VmHWM:"))
                    return lastPeakMb = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        } catch (IOException | NumberFormatException e) {
            return lastPeakMb;
        }
        return lastPeakMb;
    }

    /** Stops the child at once (when the benchmark itself is stopped). */
    void kill() {
        process.destroyForcibly();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            commands.write("quit\n");
            commands.flush();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(60, TimeUnit.SECONDS))
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
}
