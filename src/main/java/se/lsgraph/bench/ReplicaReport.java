package se.lsgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The replicas benchmark's result as Markdown: failed requests, latency and throughput, per phase and in all. */
final class ReplicaReport {
    private ReplicaReport() {}

    static String markdown(ReplicaBenchmark.Result r, int clients, long durationSeconds, String heap) {
        double total = (r.loadEndNanos() - r.loadStartNanos()) / 1e9;
        StringBuilder phases = new StringBuilder();
        phases.append(row("steady (3 replicas, build A)", r, 0, r.killAt()));
        phases.append(row("replica2 killed until UP again", r, r.killAt(), upAgain(r)));
        phases.append(row("between", r, upAgain(r), r.rolloutStart()));
        phases.append(row("rollout of build B", r, r.rolloutStart(), r.rolloutEnd()));
        phases.append(row("after the rollout", r, r.rolloutEnd(), total));
        phases.append(row("**whole run**", r, 0, total));
        StringBuilder timeline = new StringBuilder();
        for (ReplicaBenchmark.Event e : r.events())
            timeline.append(String.format("| %.1f | %s |%n", e.seconds(), e.what()));
        List<LoadClients.Answer> measured = r.answers().stream().filter(a -> a.sentNanos() >= r.loadStartNanos()).toList();
        Map<String, Integer> failures = LoadClients.failures(measured);
        int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
        return """
                # Replicas benchmark

                Measured %s on this machine (%d cores, shared with other work; Java %s) with
                `java -jar target/lsgraph.jar bench replicas --clients %d --duration %d --heap %s`
                (%.0f s of measured load after %d s of warm-up, plus two builds and the start-up before it).

                Everything runs on loopback: HAProxy with `deploy/haproxy.cfg` (addresses and admin socket set
                through its environment), three replicas `serve --read-only --threads 64 --threads-per-client 16`
                (`-Xmx%s` each), each on its own copy of build A unpacked from the archive of
                `lsgraph build-db --archive`, and %d clients, each sending its next request as soon as it has the
                answer to the last (a SPARQL query by GET and by POST, `/api/queries/offerings-by-kind?kind=lsg:PhysicalFacility`,
                `/api/search?q=klinisk prövning`, the page of Karolinska Institutet, in turn). A request failed when it
                got any status but 200, or no answer within 60 s; a failure names who answered it (HAProxy's own 503
                and 504 bodies, or a replica's). Then, during the load: replica2 is killed with
                SIGKILL and started again; later build B (a second `build-db` of the same bundle) is rolled out one
                replica after another: drain (`set server … state drain` on the runtime API) until HAProxy counts no
                session on it, `state maint`, SIGTERM, unpack build B and repoint the replica's `db` link, start,
                wait for `/ready` to name build B, `state ready`, wait for HAProxy's health check to say UP.

                **Failed requests: %d of %,d** %s; every replica serves build B at the end (%s).

                | phase | seconds | requests | failed | req/s | p50 ms | p95 ms | p99 ms |
                |---|---:|---:|---:|---:|---:|---:|---:|
                %s
                Timeline (seconds since the load started):

                | s | event |
                |---:|---|
                %s
                Build A: `%s`; build B: `%s`. Throughput and latency depend on what else the machine runs: the
                numbers compare the phases of one run with each other. All three replicas and HAProxy share the
                machine's cores with the clients, so they show the cost of a kill and a rollout, not the capacity
                of three machines.
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                clients, durationSeconds, heap, total, ReplicaBenchmark.WARM_UP.toSeconds(), heap, clients,
                failed, measured.size(), failures.isEmpty() ? "" : "(" + failures + ")", String.join(", ", r.finalBuilds()),
                phases, timeline, r.buildA(), r.buildB());
    }

    private static double upAgain(ReplicaBenchmark.Result r) {
        for (ReplicaBenchmark.Event e : r.events())
            if (e.what().contains("restarted, ready and UP again"))
                return e.seconds();
        return r.killAt();
    }

    private static String row(String phase, ReplicaBenchmark.Result r, double from, double to) {
        List<Double> ms = new ArrayList<>();
        int failed = 0;
        for (LoadClients.Answer a : r.answers()) {
            double at = (a.sentNanos() - r.loadStartNanos()) / 1e9;
            if (at >= from && at < to) {
                ms.add(a.ms());
                if (a.failure() != null)
                    failed++;
            }
        }
        Collections.sort(ms);
        double seconds = Math.max(to - from, 1e-9);
        if (ms.isEmpty())
            return String.format("| %s | %.1f | 0 | 0 | 0 | – | – | – |%n", phase, to - from);
        return String.format("| %s | %.1f | %,d | %d | %.1f | %.0f | %.0f | %.0f |%n", phase, to - from, ms.size(), failed,
                ms.size() / seconds, HttpLatency.percentile(ms, 50), HttpLatency.percentile(ms, 95), HttpLatency.percentile(ms, 99));
    }
}
