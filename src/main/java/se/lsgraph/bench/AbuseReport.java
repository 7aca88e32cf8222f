package se.lsgraph.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The abuse benchmark's results as Markdown: one table row per case, then the soak. */
final class AbuseReport {
    private AbuseReport() {}

    static String markdown(AbuseBenchmark.Result r, String command) {
        StringBuilder md = new StringBuilder();
        md.append("# Abuse benchmark\n\n");
        md.append("Measured ").append(Instant.now().truncatedTo(ChronoUnit.MINUTES)).append(" on this machine (")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, shared; load average ").append(r.loadBefore())
                .append(" before, ").append(r.loadAfter()).append(" after) with\n`").append(command).append("`.\n\n");
        md.append("A separate JVM runs `lsgraph serve` on a new database holding the bundled graph, with the default limits, `--timeout ")
                .append(r.timeoutSeconds()).append("`, heap ").append(r.heap() == null ? "serve's default (no -Xmx given: serve starts its server JVM again with -Xmx768m and MALLOC_ARENA_MAX=2; peak RSS counts both JVMs)" : "`-Xmx" + r.heap() + "`")
                .append(" and updates allowed for one user, on a loopback port. A canary asks `").append(AbuseCanary.QUERY)
                .append("` every 100 ms throughout. Each case runs alone; its canary columns cover the case and the 2 s after it. ")
                .append("Peak RSS is the server's VmHWM over the case")
                .append(r.peakResets() ? " (reset before each case through /proc/PID/clear_refs)" : " (cumulative: this kernel refused the reset)")
                .append("; ").append(r.startPeakMib()).append(" MiB after start-up. *Bound* is whether no abusive request outlived the timeout + 1 s (")
                .append(r.timeoutSeconds() + 1).append(" s). *Survived*: the server still runs and answers. Quads: the store's quad count before → after.\n\n");
        List<AbuseCanary.Ask> idle = r.idleCanary();
        md.append(String.format("Canary with no abuse (5 s): %d asks, p99 %.0f ms, worst %.0f ms, %d errors.%n%n",
                idle.size(), p99(idle), worst(idle), errors(idle).values().stream().mapToInt(Integer::intValue).sum()));
        md.append("| case | what | answered | longest s | bound | canary asks | canary p99 ms | canary worst ms | canary errors | peak RSS MiB | survived | quads |\n");
        md.append("|---|---|---|---:|---|---:|---:|---:|---|---:|---|---|\n");
        for (AbuseBenchmark.CaseResult c : r.cases()) {
            AbuseCases.Outcome o = c.outcome();
            boolean bound = o.withinBound() != null ? o.withinBound() : o.longestSeconds() <= r.timeoutSeconds() + 1;
            Map<String, Integer> errors = errors(c.canary());
            md.append(String.format("| %s | %s | %s | %.1f | %s | %d | %.0f | %.0f | %s | %d | %s | %s |%n",
                    c.abuse().name(), c.abuse().what(), cell(o.answered()), o.longestSeconds(), bound ? "yes" : "**no**",
                    c.canary().size(), p99(c.canary()), worst(c.canary()), errors.isEmpty() ? "0" : "**" + errors + "**",
                    c.peakMib(), c.survived() ? "yes" : "**no**",
                    c.quadsBefore() == c.quadsAfter() ? "unchanged (" + String.format("%,d", c.quadsAfter()) + ")"
                            : String.format("%,d → %,d", c.quadsBefore(), c.quadsAfter())));
        }
        if (r.soak() != null)
            md.append(soak(r.soak()));
        return md.toString();
    }

    private static String soak(AbuseBenchmark.Soak s) {
        List<Double> ms = new ArrayList<>();
        for (LoadClients.Answer a : s.answers())
            ms.add(a.ms());
        Collections.sort(ms);
        Map<String, Integer> failures = LoadClients.failures(s.answers());
        return String.format("%n## Soak%n%n%d clients for %d minutes, each sending the mix of `LoadClients` (SPARQL by GET and POST, "
                        + "a catalogue query, a search, a resource page) one request after another: %,d requests, %.1f per second, "
                        + "median %.0f ms, p99 %.0f ms, worst %.0f ms; failures: %s; peak RSS %,d MiB; survived: %s.%n",
                s.clients(), s.minutes(), ms.size(), ms.size() / (s.minutes() * 60.0), HttpLatency.percentile(ms, 50),
                HttpLatency.percentile(ms, 99), ms.isEmpty() ? 0 : ms.get(ms.size() - 1),
                failures.isEmpty() ? "0" : failures.toString(), s.peakMib(), s.survived() ? "yes" : "**no**");
    }

    static double p99(List<AbuseCanary.Ask> asks) {
        if (asks.isEmpty())
            return Double.NaN;
        List<Double> ms = new ArrayList<>();
        for (AbuseCanary.Ask a : asks)
            ms.add(a.ms());
        Collections.sort(ms);
        return HttpLatency.percentile(ms, 99);
    }

    static double worst(List<AbuseCanary.Ask> asks) {
        return asks.stream().mapToDouble(AbuseCanary.Ask::ms).max().orElse(Double.NaN);
    }

    static Map<String, Integer> errors(List<AbuseCanary.Ask> asks) {
        Map<String, Integer> byKind = new TreeMap<>();
        for (AbuseCanary.Ask a : asks)
            if (a.failure() != null)
                byKind.merge(a.failure(), 1, Integer::sum);
        return byKind;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
