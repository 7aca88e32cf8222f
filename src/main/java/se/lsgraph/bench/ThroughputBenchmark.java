package se.lsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Throughput against client count: one or two `serve` JVMs (the jar under test and, optionally, a
 * baseline jar) with default settings on the same data, and for each client count a timed phase of
 * closed-loop clients from distinct loopback addresses on each server in turn (the order alternating
 * per client count). Each phase records every answer and the CPU time of the server, of the clients
 * (this JVM) and of the whole machine, read from /proc.
 */
final class ThroughputBenchmark {
    static final int MAX_CLIENTS = 64;
    private static final Duration START_BUDGET = Duration.ofMinutes(10);
    static final long WARM_UP_SECONDS = 15;
    static final Duration MAX_WARM_UP = Duration.ofSeconds(120);
    static final double JIT_SETTLED = 0.10;

    record Settings(Path jar, Path baselineJar, Path work, List<Integer> clients, long seconds, int maxRequests,
                    long triples, boolean flightRecording) {}

    /** One timed phase: a server under a number of clients. */
    record Phase(String server, int clients, boolean repeat, double wallSeconds, List<ThroughputClients.Answer> answers,
                 long serverTicks, Map<ThroughputCpu.Work, Long> serverWork, long clientTicks, ThroughputCpu.Machine machine,
                 String loadAfter) {
        double requestsPerSecond() {
            return answers.size() / wallSeconds;
        }

        long errors() {
            return answers.stream().filter(a -> a.failure() != null).count();
        }
    }

    record Result(Settings settings, long storedTriples, int mixSize, String loadBefore, String loadAfter,
                  List<String> servers, List<Phase> phases, List<Path> recordings, Map<String, Double> warmUpSeconds,
                  Map<String, Double> jitAfterWarmUp) {}

    private final Settings settings;
    private final PrintStream log;
    private final Map<String, Double> warmUpSeconds = new java.util.TreeMap<>();
    private final Map<String, Double> jitAfterWarmUp = new java.util.TreeMap<>();

    ThroughputBenchmark(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    Result run() throws Exception {
        for (int c : settings.clients())
            if (c < 1 || c > MAX_CLIENTS)
                throw new IllegalArgumentException("--clients must each be 1-" + MAX_CLIENTS);
        Path work = settings.work();
        Files.createDirectories(work);
        String loadBefore = ThroughputCpu.loadAverage();
        Path prepared = work.resolve("db");
        log.println("throughput: preparing the store (bundled graph" + (settings.triples() > 0 ? " + " + settings.triples() + " generated triples" : "") + ") …");
        long stored = ApiBenchmark.prepare(prepared, work, settings.triples());
        List<ThroughputMix.Request> mix = ThroughputMix.requests();
        List<ThroughputServer> servers = new ArrayList<>();
        List<Path> recordings = new ArrayList<>();
        try {
            if (settings.baselineJar() != null)
                servers.add(start("baseline", settings.baselineJar(), prepared, recordings));
            servers.add(start(settings.baselineJar() != null ? "new" : "lsgraph", settings.jar(), prepared, recordings));
            for (ThroughputServer s : servers)
                warmUp(s, mix);
            List<Phase> phases = new ArrayList<>();
            // The first client count is measured again at the end: if the servers were still getting
            // faster (JIT, caches), the ratios to it would flatter the later phases.
            List<Integer> rounds = new ArrayList<>(settings.clients());
            rounds.add(settings.clients().get(0));
            for (int round = 0; round < rounds.size(); round++)
                for (int i = 0; i < servers.size(); i++)
                    phases.add(phase(servers.get((i + round) % servers.size()), mix, rounds.get(round), round == rounds.size() - 1));
            return new Result(settings, stored, mix.size(), loadBefore, ThroughputCpu.loadAverage(),
                    servers.stream().map(s -> s.label).toList(), phases, recordings, warmUpSeconds, jitAfterWarmUp);
        } finally {
            for (ThroughputServer s : servers)
                s.close();
        }
    }

    private ThroughputServer start(String label, Path jar, Path prepared, List<Path> recordings) throws IOException, InterruptedException {
        Path db = settings.work().resolve("db-" + label);
        DatabaseCopy.copy(prepared, db);
        Path recording = settings.flightRecording() ? settings.work().resolve(label + ".jfr") : null;
        if (recording != null)
            recordings.add(recording);
        ThroughputServer s = ThroughputServer.start(label, jar.toAbsolutePath(), db, settings.work().resolve("server-" + label + ".log"), recording);
        log.println("throughput: started " + label + " (" + jar + ", pid " + s.pid() + ") at " + s.base());
        if (!s.awaitReady(START_BUDGET))
            throw new IllegalStateException(label + " was not ready within " + START_BUDGET.toMinutes() + " min; see "
                    + settings.work().resolve("server-" + label + ".log"));
        return s;
    }

    /** Twice through the mix from one client, then four clients until the JIT has settled, so no phase pays for JIT or first-use caches. */
    private void warmUp(ThroughputServer s, List<ThroughputMix.Request> mix) throws Exception {
        log.println("throughput: warming up " + s.label + " …");
        List<ThroughputClients.Answer> a = ThroughputClients.run(s.base(), mix, 1, 120, 2 * mix.size());
        // Four clients in windows until the JIT compiler's share of the server's CPU falls below
        // JIT_SETTLED (on a busy machine compilation is starved too and goes on for minutes), at most MAX_WARM_UP.
        long started = System.nanoTime();
        double jitShare = 1;
        while (jitShare > JIT_SETTLED && System.nanoTime() - started < MAX_WARM_UP.toNanos()) {
            ThroughputCpu.Threads before = ThroughputCpu.threads(s.pid());
            a.addAll(ThroughputClients.run(s.base(), mix, 4, WARM_UP_SECONDS, settings.maxRequests()));
            Map<ThroughputCpu.Work, Long> used = ThroughputCpu.threads(s.pid()).since(before);
            long all = used.values().stream().mapToLong(Long::longValue).sum();
            jitShare = all == 0 ? 0 : used.get(ThroughputCpu.Work.JIT) / (double) all;
            log.printf("throughput: warming up %s: JIT compilation %.0f%% of its CPU%n", s.label, 100 * jitShare);
        }
        warmUpSeconds.merge(s.label, (System.nanoTime() - started) / 1e9, Double::sum);
        jitAfterWarmUp.put(s.label, jitShare);
        long failed = a.stream().filter(x -> x.failure() != null).count();
        if (failed > 0)
            log.println("throughput: " + failed + " of " + a.size() + " warm-up requests failed on " + s.label + ", e.g. "
                    + a.stream().filter(x -> x.failure() != null).findFirst().orElseThrow());
    }

    private Phase phase(ThroughputServer s, List<ThroughputMix.Request> mix, int clients, boolean repeat) throws Exception {
        long self = ProcessHandle.current().pid();
        long server0 = ThroughputCpu.processTicks(s.pid());
        ThroughputCpu.Threads threads0 = ThroughputCpu.threads(s.pid());
        long client0 = ThroughputCpu.processTicks(self);
        ThroughputCpu.Machine machine0 = ThroughputCpu.machine();
        long t0 = System.nanoTime();
        List<ThroughputClients.Answer> answers = ThroughputClients.run(s.base(), mix, clients, settings.seconds(), settings.maxRequests());
        double wall = (System.nanoTime() - t0) / 1e9;
        Phase p = new Phase(s.label, clients, repeat, wall, answers, ThroughputCpu.processTicks(s.pid()) - server0,
                ThroughputCpu.threads(s.pid()).since(threads0), ThroughputCpu.processTicks(self) - client0, ThroughputCpu.machine().minus(machine0), ThroughputCpu.loadAverage());
        log.printf("throughput: %s, %d clients%s: %.1f req/s, %d errors, load %s%n", s.label, clients, repeat ? " (again)" : "", p.requestsPerSecond(), p.errors(), p.loadAfter());
        return p;
    }
}
