package se.lsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import se.lsgraph.build.BuildManifest;

/**
 * Three replicas behind HAProxy on loopback, under a fixed number of clients for a bounded time:
 * one replica is killed (SIGKILL) and restarted, then a new build is rolled out replica by replica
 * as docs/deploy.md describes (drain, take out, stop, swap the database directory, start, wait for
 * /ready, put back). Counts every failed request and the latency and throughput of each phase.
 */
final class ReplicaBenchmark {
    static final int REPLICAS = 3;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);
    /** Cold replicas (JIT, caches) answer slowly: the first seconds of load are not measured. */
    static final Duration WARM_UP = Duration.ofSeconds(15);
    /** The load goes on at least this long after the rollout. */
    private static final Duration AFTER_ROLLOUT = Duration.ofSeconds(10);

    record Event(double seconds, String what) {}

    record Result(List<LoadClients.Answer> answers, long loadStartNanos, long loadEndNanos, List<Event> events,
                  String buildA, String buildB, List<String> finalBuilds, double killAt, double rolloutStart, double rolloutEnd) {}

    private final Path jar;
    private final Path work;
    private final String heap;
    private final PrintStream log;
    private final List<Event> events = new ArrayList<>();
    private long t0;

    ReplicaBenchmark(Path jar, Path work, String heap, PrintStream log) {
        this.jar = jar;
        this.work = work;
        this.heap = heap;
        this.log = log;
    }

    Result run(Path haproxyConfig, int clients, Duration duration) throws IOException, InterruptedException {
        String buildA = build("A");
        String buildB = build("B");
        Path run = Files.createDirectories(work.resolve("haproxy"));
        int front = freePort();
        List<ReplicaProcess> replicas = new ArrayList<>();
        for (int i = 1; i <= REPLICAS; i++) {
            Path home = Files.createDirectories(work.resolve("replica" + i));
            swapIn(home, "A");
            replicas.add(new ReplicaProcess("replica" + i, jar, heap, home.resolve("db"), freePort(), home.resolve("replica.log")));
        }
        HaproxyProcess haproxy = new HaproxyProcess(haproxyConfig, run, front, replicas.stream().map(r -> r.port).toList());
        HaproxyRuntime api = new HaproxyRuntime(haproxy.socket());
        LoadClients load = new LoadClients("http://127.0.0.1:" + front, clients);
        // Interrupted (Ctrl-C), the benchmark takes its HAProxy and replicas with it.
        Thread cleanUp = new Thread(() -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy));
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            haproxy.start();
            for (ReplicaProcess r : replicas)
                r.start();
            for (ReplicaProcess r : replicas)
                require(r.awaitReady(buildA, START_TIMEOUT), r.name + " did not get ready on build " + buildA);
            for (ReplicaProcess r : replicas)
                awaitStatus(api, r.name, "UP");
            load.start();
            TimeUnit.NANOSECONDS.sleep(WARM_UP.toNanos());
            t0 = System.nanoTime();
            event("measuring: " + clients + " clients for " + WARM_UP.toSeconds() + " s already, 3 replicas on build " + buildA);
            long end = t0 + duration.toNanos();

            sleepUntil(t0 + duration.toNanos() / 6);
            ReplicaProcess victim = replicas.get(1);
            double killAt = now();
            victim.kill();
            event(victim.name + " killed (SIGKILL)");
            awaitStatus(api, victim.name, "DOWN");
            event("HAProxy marks " + victim.name + " DOWN");
            victim.start();
            require(victim.awaitReady(buildA, START_TIMEOUT), victim.name + " did not come back");
            awaitStatus(api, victim.name, "UP");
            event(victim.name + " restarted, ready and UP again");

            sleepUntil(t0 + duration.toNanos() / 3);
            double rolloutStart = now();
            event("rollout of build " + buildB + " starts");
            for (ReplicaProcess r : replicas)
                rollOut(api, r, buildB);
            double rolloutEnd = now();
            event("rollout done: every replica serves " + buildB);
            sleepUntil(Math.max(end, System.nanoTime() + AFTER_ROLLOUT.toNanos()));
            List<LoadClients.Answer> answers = load.stop();
            long loadEnd = System.nanoTime();
            event("load stopped");
            List<String> finalBuilds = new ArrayList<>();
            for (ReplicaProcess r : replicas)
                finalBuilds.add(r.name + ": " + (r.awaitReady(buildB, Duration.ofSeconds(5)) ? buildB : "not " + buildB));
            return new Result(answers, t0, loadEnd, List.copyOf(events), buildA, buildB, finalBuilds, killAt, rolloutStart, rolloutEnd);
        } finally {
            load.stop();
            for (ReplicaProcess r : replicas)
                if (r.alive())
                    r.stop();
            haproxy.stop();
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        }
    }

    /** The rollout of one replica, step by step as in docs/deploy.md. */
    private void rollOut(HaproxyRuntime api, ReplicaProcess r, String build) throws IOException, InterruptedException {
        api.setState(r.name, "drain");
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (api.stat(r.name).sessions() > 0 && System.nanoTime() < deadline)
            Thread.sleep(100);
        api.setState(r.name, "maint");
        event(r.name + " drained and in maintenance");
        r.stop();
        swapIn(work.resolve(r.name), "B");
        r.start();
        require(r.awaitReady(build, START_TIMEOUT), r.name + " did not get ready on build " + build);
        api.setState(r.name, "ready");
        awaitStatus(api, r.name, "UP");
        event(r.name + " serves " + build + " and is UP");
    }

    /** Unpacks a build's archive into the replica's folder and points its db link at it, removing the one before. */
    private void swapIn(Path home, String build) throws IOException, InterruptedException {
        Path target = home.resolve(build);
        Files.createDirectories(target);
        exec(List.of("tar", "-xzf", work.resolve("builds/" + build + ".tar.gz").toString(), "-C", target.toString()));
        Path link = home.resolve("db");
        Path next = home.resolve("db.next");
        Files.deleteIfExists(next);
        Files.createSymbolicLink(next, target.getFileName());
        Path old = Files.isSymbolicLink(link) ? home.resolve(Files.readSymbolicLink(link)) : null;
        Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (old != null && !old.equals(target))
            deleteTree(old);
    }

    private String build(String name) throws IOException, InterruptedException {
        Path builds = Files.createDirectories(work.resolve("builds"));
        Path out = builds.resolve(name);
        log.println("Building " + name + " with build-db");
        exec(List.of("java", "-Xmx1g", "-jar", jar.toString(), "build-db", "--output", out.toString(),
                "--archive", builds.resolve(name + ".tar.gz").toString()));
        BuildManifest manifest = BuildManifest.readIfPresent(out);
        require(manifest != null, "build-db left no manifest in " + out);
        // Build ids are to the second: the next build must not share one.
        Thread.sleep(1100);
        return manifest.id();
    }

    private void awaitStatus(HaproxyRuntime api, String server, String status) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!api.stat(server).status().startsWith(status)) {
            require(System.nanoTime() < deadline, "HAProxy did not see " + server + " " + status + " within 60 s");
            Thread.sleep(100);
        }
    }

    private void event(String what) {
        Event e = new Event(now(), what);
        events.add(e);
        log.printf("%6.1f s  %s%n", e.seconds(), what);
    }

    private double now() {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0)
            TimeUnit.NANOSECONDS.sleep(left);
    }

    private void exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("commands.log").toFile())).start();
        require(p.waitFor(10, TimeUnit.MINUTES), "timed out: " + command);
        require(p.exitValue() == 0, "failed (" + p.exitValue() + "): " + command + "; see " + work.resolve("commands.log"));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static boolean listening(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition)
            throw new IllegalStateException(message);
    }
}
