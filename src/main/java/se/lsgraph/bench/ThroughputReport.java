package se.lsgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** bench throughput's results as Markdown: per server and client count, rate, latency, errors and CPU accounting. */
final class ThroughputReport {
    static final double TARGET_RATIO = 1.7;
    /** Below this fraction of the machine at 4 clients, the benchmark did not get the cores it needs to judge the target. */
    static final double STARVED = 0.9;

    private ThroughputReport() {}

    static String markdown(ThroughputBenchmark.Result r, String command) {
        ThroughputBenchmark.Settings s = r.settings();
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder md = new StringBuilder("# Throughput benchmark\n\n");
        md.append(String.format("""
                Measured %s on this machine (%d cores, Java %s) with `%s`: a separate `lsgraph serve` JVM per jar with
                every default setting, on a byte copy of one store of %,d triples (the bundled graph%s), on loopback.
                Each client sends the next request as soon as the last is answered, from its own address (127.0.0.2,
                .3, …, so the per-client thread limit does not queue them), cycling through a fixed mix of %d requests
                (every catalogue query but the federated one, with its example parameters, through `/api/queries`;
                one SPARQL query by GET and by POST on `/lsgraph/sparql`; three searches on `/api/search`; three
                resource pages; the data of two views), each client starting at a different place in it. Every phase
                lasts %d s or %,d requests, whichever comes first; before the phases each server is warmed up (the
                mix twice from one client, then four clients in windows of %d s until the JIT compiler's threads use
                under %.0f%% of the server's CPU, at most %d s; %s), and the first client count is measured again at
                the end ("again"): the ratio "× 1 client" is to the better of the two one-client phases. With two jars
                the phases alternate between them per client count, so both see the same machine. Load average before:
                %s; after: %s.

                CPU time comes from `/proc`: the server's own (`/proc/PID/stat`), the clients' (this benchmark's JVM)
                and the machine's busy time (`/proc/stat`, all %d cores); a share is of the machine's whole capacity
                over the phase, so server + clients + others + idle = 100%%. The clients run on the same cores as the
                server: what they use is not available to it. **Server cores** is the server's CPU time per second of
                the phase, split by its threads' names: request threads (`qtp…`), JIT compiler, garbage collector, the
                rest. **Ceiling** is what the two cores would allow if all of
                them went to this server and its clients at the CPU cost per request measured in that phase
                (%d cores ÷ (server + client CPU per request)).

                """, LocalDate.now(), cores, System.getProperty("java.version"), command, r.storedTriples(),
                s.triples() > 0 ? String.format(" and %,d generated triples", s.triples()) : "", r.mixSize(), s.seconds(),
                s.maxRequests(), ThroughputBenchmark.WARM_UP_SECONDS, 100 * ThroughputBenchmark.JIT_SETTLED,
                ThroughputBenchmark.MAX_WARM_UP.toSeconds(), warmUps(r), r.loadBefore(), r.loadAfter(), cores, cores));
        for (String server : r.servers())
            table(md, r, server, cores);
        if (r.servers().size() == 2)
            comparison(md, r);
        byKind(md, r);
        if (!r.recordings().isEmpty())
            md.append("\nFlight recordings of the servers: ").append(r.recordings()).append(".\n");
        return md.toString();
    }

    private static void table(StringBuilder md, ThroughputBenchmark.Result r, String server, int cores) {
        List<ThroughputBenchmark.Phase> phases = r.phases().stream().filter(p -> p.server().equals(server)).toList();
        // The better of the two one-client phases (first and last): the conservative base for the ratios.
        Optional<ThroughputBenchmark.Phase> one = phases.stream().filter(p -> p.clients() == 1)
                .max(java.util.Comparator.comparingDouble(ThroughputBenchmark.Phase::requestsPerSecond));
        md.append("## ").append(server).append(r.servers().size() > 1 ? " (" + jar(r, server) + ")" : "").append("\n\n");
        md.append("| clients | requests | req/s | × 1 client | p50 ms | p95 ms | p99 ms | errors | server CPU ms/req | of it request threads | client CPU ms/req "
                + "| server cores (requests + JIT + GC + rest) | server share | clients share | others share | idle | ceiling req/s | load after |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|\n");
        for (ThroughputBenchmark.Phase p : phases) {
            List<Double> ms = new ArrayList<>(p.answers().stream().map(ThroughputClients.Answer::ms).sorted().toList());
            int n = p.answers().size();
            double total = Math.max(1, p.machine().total());
            double serverMs = n == 0 ? 0 : p.serverTicks() * 1000.0 / ThroughputCpu.TICKS_PER_SECOND / n;
            double clientMs = n == 0 ? 0 : p.clientTicks() * 1000.0 / ThroughputCpu.TICKS_PER_SECOND / n;
            double others = Math.max(0, p.machine().busy() - p.serverTicks() - p.clientTicks());
            md.append(String.format("| %d%s | %,d | %.1f | %s | %.0f | %.0f | %.0f | %d | %.1f | %.1f | %.1f | %s | %.0f%% | %.0f%% | %.0f%% | %.0f%% | %.1f | %s |%n",
                    p.clients(), p.repeat() ? " (again)" : "", n, p.requestsPerSecond(),
                    one.map(o -> String.format("%.2f", p.requestsPerSecond() / o.requestsPerSecond())).orElse("–"),
                    pct(ms, 50), pct(ms, 95), pct(ms, 99), p.errors(), serverMs, n == 0 ? 0 : p.serverWork().get(ThroughputCpu.Work.REQUESTS) * 1000.0 / ThroughputCpu.TICKS_PER_SECOND / n,
                    clientMs, cores(p),
                    100 * p.serverTicks() / total, 100 * p.clientTicks() / total, 100 * others / total,
                    100 * (p.machine().total() - p.machine().busy()) / total,
                    serverMs + clientMs <= 0 ? 0 : cores * 1000.0 / (serverMs + clientMs), p.loadAfter()));
        }
        Optional<ThroughputBenchmark.Phase> four = phases.stream().filter(p -> p.clients() == 4 && !p.repeat()).findFirst();
        if (one.isPresent() && four.isPresent()) {
            double ratio = four.get().requestsPerSecond() / one.get().requestsPerSecond();
            md.append(String.format("%nThroughput at 4 clients / 1 client (the better of its two phases): **%.2f** (target ≥ %.1f: %s).%n", ratio, TARGET_RATIO,
                    ratio >= TARGET_RATIO ? "met" : "not met"));
            double got = (four.get().serverTicks() + four.get().clientTicks()) / (ThroughputCpu.TICKS_PER_SECOND * four.get().wallSeconds());
            if (got < STARVED * cores)
                md.append(String.format("At 4 clients the server and its clients got %.2f of the %d cores (other processes took %.0f%% of the "
                                + "machine): the ratio measures the share the kernel gave this benchmark, not how far the server scales.%n",
                        got, cores, 100.0 * Math.max(0, four.get().machine().busy() - four.get().serverTicks() - four.get().clientTicks())
                                / Math.max(1, four.get().machine().total())));
        }
        errors(md, phases);
        md.append('\n');
    }

    private static String cores(ThroughputBenchmark.Phase p) {
        double perSecond = ThroughputCpu.TICKS_PER_SECOND * p.wallSeconds();
        Map<ThroughputCpu.Work, Long> w = p.serverWork();
        return String.format("%.2f (%.2f + %.2f + %.2f + %.2f)", p.serverTicks() / perSecond,
                w.get(ThroughputCpu.Work.REQUESTS) / perSecond, w.get(ThroughputCpu.Work.JIT) / perSecond,
                w.get(ThroughputCpu.Work.GC) / perSecond, w.get(ThroughputCpu.Work.OTHER) / perSecond);
    }

    private static String warmUps(ThroughputBenchmark.Result r) {
        List<String> parts = new ArrayList<>();
        r.warmUpSeconds().forEach((server, seconds) -> parts.add(String.format("%s warmed up for %.0f s, JIT then %.0f%% of its CPU",
                server, seconds, 100 * r.jitAfterWarmUp().get(server))));
        return String.join("; ", parts);
    }

    private static void errors(StringBuilder md, List<ThroughputBenchmark.Phase> phases) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (ThroughputBenchmark.Phase p : phases)
            for (ThroughputClients.Answer a : p.answers())
                if (a.failure() != null)
                    kinds.merge(a.kind() + ": " + a.failure(), 1, Integer::sum);
        if (!kinds.isEmpty())
            md.append("\nFailed requests by kind: ").append(kinds).append(".\n");
    }

    private static void comparison(StringBuilder md, ThroughputBenchmark.Result r) {
        md.append("## New against baseline, same run\n\n| clients | baseline req/s | new req/s | new / baseline |\n|---:|---:|---:|---:|\n");
        for (int c : r.settings().clients()) {
            Optional<ThroughputBenchmark.Phase> base = find(r, r.servers().get(0), c);
            Optional<ThroughputBenchmark.Phase> now = find(r, r.servers().get(1), c);
            if (base.isPresent() && now.isPresent())
                md.append(String.format("| %d | %.1f | %.1f | %.2f |%n", c, base.get().requestsPerSecond(), now.get().requestsPerSecond(),
                        now.get().requestsPerSecond() / base.get().requestsPerSecond()));
        }
        md.append('\n');
    }

    /** Latency per kind of request at 4 clients (or the first client count above it), for each server. */
    private static void byKind(StringBuilder md, ThroughputBenchmark.Result r) {
        int clients = r.settings().clients().stream().filter(c -> c >= 4).findFirst().orElse(r.settings().clients().get(0));
        md.append("## Latency by kind of request at ").append(clients).append(" clients\n\n| server | kind | requests | p50 ms | p95 ms |\n|---|---|---:|---:|---:|\n");
        for (String server : r.servers())
            find(r, server, clients).ifPresent(p -> {
                Map<String, List<Double>> byKind = new TreeMap<>();
                for (ThroughputClients.Answer a : p.answers())
                    byKind.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a.ms());
                byKind.forEach((kind, ms) -> {
                    List<Double> sorted = ms.stream().sorted().toList();
                    md.append(String.format("| %s | %s | %d | %.0f | %.0f |%n", server, kind, sorted.size(), pct(sorted, 50), pct(sorted, 95)));
                });
            });
    }

    private static Optional<ThroughputBenchmark.Phase> find(ThroughputBenchmark.Result r, String server, int clients) {
        return r.phases().stream().filter(p -> p.server().equals(server) && p.clients() == clients && !p.repeat()).findFirst();
    }

    private static String jar(ThroughputBenchmark.Result r, String server) {
        return (server.equals("baseline") ? r.settings().baselineJar() : r.settings().jar()).toString();
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.isEmpty() ? 0 : HttpLatency.percentile(sorted, p);
    }
}
