package se.lsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Abuse against a live server: `lsgraph serve` with its default limits on the bundled graph, in its
 * own JVM on loopback, with a canary asking a simple query every 100 ms. The abusive cases run one
 * after another; per case: what the server answered, how long the longest abusive request took,
 * the canary's p99 and worst latency and errors meanwhile, the server's peak resident memory, and
 * whether it survived (still running and answering). Optionally a soak: 64 clients for N minutes.
 */
final class AbuseBenchmark {
    static final int SOAK_CLIENTS = 64;
    static final int MAX_SOAK_MINUTES = 10;
    private static final Duration START_BUDGET = Duration.ofMinutes(10);
    /** Canary asks after a case ends still count for it: the server may be recovering. */
    private static final Duration SETTLE = Duration.ofSeconds(2);

    record CaseResult(AbuseCases.Case abuse, AbuseCases.Outcome outcome, List<AbuseCanary.Ask> canary,
                      long peakMib, boolean survived, long quadsBefore, long quadsAfter) {}

    record Soak(int clients, int minutes, List<LoadClients.Answer> answers, long peakMib, boolean survived) {}

    record Result(long timeoutSeconds, String heap, String loadBefore, String loadAfter, boolean peakResets,
                  long startPeakMib, List<AbuseCanary.Ask> idleCanary, List<CaseResult> cases, Soak soak) {}

    private final Path jar;
    private final Path work;
    private final long timeoutSeconds;
    private final String heap;
    private final PrintStream log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    AbuseBenchmark(Path jar, Path work, long timeoutSeconds, String heap, PrintStream log) {
        this.jar = jar;
        this.work = work;
        this.timeoutSeconds = timeoutSeconds;
        this.heap = heap;
        this.log = log;
    }

    /** @param only case names to run (empty: all); @param soakMinutes 0 for no soak */
    Result run(List<String> only, int soakMinutes) throws IOException, InterruptedException {
        if (soakMinutes < 0 || soakMinutes > MAX_SOAK_MINUTES)
            throw new IllegalArgumentException("--soak must be 0-" + MAX_SOAK_MINUTES + " minutes");
        Path db = work.resolve("db");
        Files.createDirectories(db);
        String loadBefore = loadAverage();
        try (AbuseServer server = AbuseServer.start(jar, db, timeoutSeconds, heap, work.resolve("server.log"))) {
            log.println("abuse: starting serve (pid " + server.pid() + ") on port " + server.port);
            if (!server.awaitReady(START_BUDGET))
                throw new IllegalStateException("serve was not ready within " + START_BUDGET.toMinutes() + " min; see " + work.resolve("server.log"));
            long startPeak = server.peakMemoryMib();
            boolean resets = server.resetPeakMemory();
            AbuseCanary canary = new AbuseCanary(server.port);
            canary.start();
            try {
                long idleFrom = System.nanoTime();
                Thread.sleep(5_000);
                List<AbuseCanary.Ask> idle = canary.between(idleFrom, System.nanoTime());
                List<CaseResult> cases = new ArrayList<>();
                for (AbuseCases.Case c : new AbuseCases(server.base(), server.password, timeoutSeconds).all())
                    if (only.isEmpty() || only.contains(c.name()))
                        cases.add(runCase(server, canary, c));
                Soak soak = soakMinutes == 0 ? null : soak(server, soakMinutes);
                return new Result(timeoutSeconds, heap, loadBefore, loadAverage(), resets, startPeak, idle, cases, soak);
            } finally {
                canary.stop();
            }
        }
    }

    private CaseResult runCase(AbuseServer server, AbuseCanary canary, AbuseCases.Case c) throws InterruptedException {
        log.println("abuse: " + c.name() + " …");
        c.prepare().run();
        server.resetPeakMemory();
        long quadsBefore = quads(server);
        long from = System.nanoTime();
        AbuseCases.Outcome outcome;
        try {
            outcome = c.abuse().run();
        } catch (Exception e) {
            outcome = new AbuseCases.Outcome("the benchmark failed: " + e, (System.nanoTime() - from) / 1e9);
        }
        long to = System.nanoTime();
        Thread.sleep(SETTLE.toMillis());
        List<AbuseCanary.Ask> asks = canary.between(from, to + SETTLE.toNanos());
        long peak = server.peakMemoryMib();
        long quadsAfter = quads(server);
        boolean survived = server.alive() && quadsAfter >= 0;
        log.println("abuse: " + c.name() + ": " + outcome.answered() + String.format(" in %.1f s", outcome.longestSeconds()));
        return new CaseResult(c, outcome, asks, peak, survived, quadsBefore, quadsAfter);
    }

    private Soak soak(AbuseServer server, int minutes) throws InterruptedException {
        log.println("abuse: soak, " + SOAK_CLIENTS + " clients for " + minutes + " min …");
        server.resetPeakMemory();
        LoadClients clients = new LoadClients(server.base(), SOAK_CLIENTS);
        clients.start();
        Thread.sleep(Duration.ofMinutes(minutes).toMillis());
        List<LoadClients.Answer> answers = clients.stop();
        return new Soak(SOAK_CLIENTS, minutes, answers, server.peakMemoryMib(), server.alive() && quads(server) >= 0);
    }

    /** Quads in the store, as the server counts them; -1 if it does not answer. */
    private long quads(AbuseServer server) throws InterruptedException {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.base() + "/lsgraph/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(timeoutSeconds + 10)).GET().build();
        try {
            HttpResponse<String> answer = http.send(r, HttpResponse.BodyHandlers.ofString());
            String[] lines = answer.body().strip().split("\r?\n");
            return answer.statusCode() == 200 ? Long.parseLong(lines[lines.length - 1].strip()) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
