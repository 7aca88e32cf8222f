package se.lsgraph.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** docs/benchmarks/compare.md from a {@link CompareBenchmark.Result}. */
final class CompareReport {
    private static final String OURS = "lsgraph";
    /** bench compare's default --jar. */
    static final String DEFAULT_JAR = "target/lsgraph.jar";

    private CompareReport() {}

    static String markdown(CompareBenchmark.Result r) {
        StringBuilder md = new StringBuilder();
        CompareBenchmark.Settings s = r.settings();
        md.append("# lsgraph and its peers: the catalogue side by side\n\n")
                .append(String.format("Measured %s UTC on this machine (%d cores, Java %s) with%n`java -jar %s bench compare "
                                + "%s--quads %d --warmups %d --runs %d --heap %s --budget %d --cap %d --stores %s%s` (%.0f minutes). Load average (1, 5, 15 min) before: %s; after: %s. "
                                + "The machine is shared by several engineers: compare stores within this run, not across runs.%n%n",
                        Instant.now().truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ').replace("Z", ""),
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), s.jar(), jarOption(s.jar()), s.quads(), s.warmups(), s.runs(),
                        s.heap(), s.budget().toMinutes(), s.capSeconds(), String.join(",", s.stores()),
                        (s.queries().isEmpty() ? "" : " --queries " + String.join(",", s.queries())) + (s.reuse() ? " --reuse" : ""), r.minutes(), first3(r.loadBefore()), first3(r.loadAfter())))
                .append(String.format("**Data**: %,d quads: the bundled graph as `serve` installs it (%,d quads) and %d renamed copies "
                                + "of every source graph but the ontology and the catalogue (`se.lsgraph.bench.CompareData`: each "
                                + "organisation, offering, statement, document, identifier and reading again, under "
                                + "`https://w3id.org/lsgraph/id/copy-K/...` in graph `https://w3id.org/lsgraph/graph/copy-K/...`, with the "
                                + "ontology's classes, properties and vocabulary concepts shared). Every store holds exactly these quads.%n%n",
                        r.data().quads(), r.data().bundled(), r.data().copies()))
                .append("**Queries**: every catalogue query but the federated one, with its example parameters; every store gets ")
                .append("the same query text (lsgraph gets the query by name, as `lsgraph query NAME` and `/api/queries/NAME` do). ")
                .append("Each store runs in its own process; in every round each store runs the query once, a different store first ")
                .append(String.format("each round; %d warm-up rounds, then %d timed ones. A store that takes over %.0f s on one run is not ",
                        s.warmups(), s.runs(), CompareBenchmark.SLOW_MILLIS / 1000))
                .append("asked that query again once it has one timed run (marked \"1 run\"). ")
                .append(String.format("Each store stops a query after %d s itself and it is recorded as \"timeout\" for that store (Oxigraph, "
                        + "which cannot, is stopped %d s later and started again for the next query). ", s.capSeconds(), CompareBenchmark.GRACE_SECONDS))
                .append("Times are taken inside each store's process, from sending the ")
                .append("query to its last row counted (over HTTP: to the last byte of the answer, which is then parsed to count rows).\n\n");
        stores(md, r);
        List<String> names = r.stores().stream().filter(x -> x.failure() == null || x.statements() > 0)
                .map(CompareBenchmark.Store::name).toList();
        ratios(md, r, names);
        table(md, r, names, 50);
        table(md, r, names, 95);
        problems(md, r, names);
        int catalogue = s.queryTexts().size();
        if (r.queries().size() < catalogue)
            md.append(String.format("%n**%d of the %d queries%s were not run**: the time budget was spent.%n", catalogue - r.queries().size(),
                    catalogue, s.queries().isEmpty() ? "" : " asked for by --queries"));
        return md.toString();
    }

    /** The --jar option as it was given, so the command in the report is the one that ran. */
    private static String jarOption(java.nio.file.Path jar) {
        return jar.equals(java.nio.file.Path.of(DEFAULT_JAR)) ? "" : "--jar " + jar + " ";
    }

    private static void stores(StringBuilder md, CompareBenchmark.Result r) {
        md.append("## Stores: load and memory\n\n| store | what | statements | ready in s | load rate (statements/s) | peak RSS MB |\n")
                .append("|---|---|---:|---:|---:|---:|\n");
        CompareBenchmark.Store b = r.bulkLoad();
        md.append(String.format("| %s | %s | %,d | %.1f | %,.0f | %,d |%n", b.name(), b.description(), b.statements(), b.loadSeconds(),
                b.statements() / b.loadSeconds(), b.peakRssMb()));
        for (CompareBenchmark.Store x : r.stores()) {
            boolean loads = x.name().startsWith("rdf4j") || x.name().equals("oxigraph");
            md.append(String.format("| %s | %s%s | %,d | %.1f | %s | %,d |%n", x.name(), x.description(),
                    x.failure() != null ? " (**" + x.failure() + "**)" : "", x.statements(), x.loadSeconds(),
                    loads ? String.format("%,.0f", x.statements() / x.loadSeconds()) : "opens the database", x.peakRssMb()));
        }
        md.append("\nThe three stores on TDB2 open a byte copy of the database the bulk loader built (their \"ready\" is opening ")
                .append("it; lsgraph over HTTP also waits for its finder index, built in the background at start). lsgraph's own ")
                .append("loader (`lsgraph load`, with SHACL validation) is measured against the bulk loader in [load.md](load.md). ")
                .append("Peak RSS is the process's VmHWM at the end of the run (after every query).\n\n");
    }

    private static void ratios(StringBuilder md, CompareBenchmark.Result r, List<String> names) {
        md.append("## Ratios (geometric mean over the queries both stores answered, p50)\n\n| ratio | geomean | queries |\n|---|---:|---:|\n");
        for (String b : names)
            if (!b.equals(OURS) && !b.equals("lsgraph-http") && names.contains(OURS))
                ratioRow(md, r, OURS, b);
        if (names.contains("lsgraph-http") && names.contains(OURS))
            ratioRow(md, r, "lsgraph-http", OURS);
        long over200 = r.queries().values().stream().filter(q -> p(q.get(OURS), 50) > 200).count();
        long over50p95 = r.queries().values().stream().filter(q -> p(q.get(OURS), 95) > 50).count();
        md.append(String.format("%nlsgraph in-process: %d of %d queries over 200 ms p50, %d over 50 ms p95.%n%n", over200,
                r.queries().size(), over50p95));
    }

    private static void ratioRow(StringBuilder md, CompareBenchmark.Result r, String a, String b) {
        double[] g = geomean(r, a, b);
        md.append(String.format("| %s / %s | %.2f | %d |%n", a, b, g[0], (int) g[1]));
    }

    private static double[] geomean(CompareBenchmark.Result r, String a, String b) {
        double logSum = 0;
        int n = 0;
        for (Map<String, CompareBenchmark.Samples> q : r.queries().values()) {
            double x = p(q.get(a), 50);
            double y = p(q.get(b), 50);
            if (Double.isNaN(x) || Double.isNaN(y))
                continue;
            logSum += Math.log(Math.max(x, 0.01) / Math.max(y, 0.01));
            n++;
        }
        return new double[] {n == 0 ? Double.NaN : Math.exp(logSum / n), n};
    }

    private static void table(StringBuilder md, CompareBenchmark.Result r, List<String> names, int percentile) {
        md.append("## p").append(percentile).append(" per query, ms\n\n| query | rows |");
        names.forEach(n -> md.append(' ').append(n).append(" |"));
        md.append("\n|---|---:|");
        names.forEach(n -> md.append("---:|"));
        md.append('\n');
        for (var q : r.queries().entrySet()) {
            md.append("| ").append(q.getKey()).append(" | ").append(rows(q.getValue(), names)).append(" |");
            for (String n : names) {
                CompareBenchmark.Samples x = q.getValue().get(n);
                double v = p(x, percentile);
                md.append(' ').append(x != null && x.error() != null ? (x.error().startsWith(CompareWorker.TIMEOUT) ? "timeout" : "error")
                        : Double.isNaN(v) ? "–"
                        : String.format("%.1f%s", v, x.millis().size() == 1 ? " (1 run)" : "")).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    /** The row count all stores agree on, or each store's count. */
    static String rows(Map<String, CompareBenchmark.Samples> samples, List<String> names) {
        TreeSet<Long> counts = new TreeSet<>();
        for (String n : names)
            if (samples.get(n) != null && samples.get(n).error() == null && samples.get(n).rows() >= 0)
                counts.add(samples.get(n).rows());
        if (counts.size() <= 1)
            return counts.isEmpty() ? "–" : String.format("%,d", counts.first());
        StringBuilder s = new StringBuilder("**differ:**");
        for (String n : names)
            if (samples.get(n) != null)
                s.append(' ').append(n).append(' ').append(samples.get(n).rows());
        return s.toString();
    }

    private static void problems(StringBuilder md, CompareBenchmark.Result r, List<String> names) {
        List<String> lines = new ArrayList<>();
        for (var q : r.queries().entrySet()) {
            if (rows(q.getValue(), names).startsWith("**differ"))
                lines.add("- " + q.getKey() + ": row counts differ (" + rows(q.getValue(), names).replace("**differ:** ", "") + ")");
            for (String n : names) {
                CompareBenchmark.Samples x = q.getValue().get(n);
                if (x != null && x.error() != null)
                    lines.add("- " + q.getKey() + " on " + n + ": " + x.error());
            }
        }
        md.append("## Row counts and errors\n\n");
        md.append(lines.isEmpty() ? "Every store returned the same number of rows for every query, and no store failed a query.\n"
                : String.join("\n", lines) + "\n");
    }

    private static double p(CompareBenchmark.Samples s, int percentile) {
        if (s == null || s.error() != null || s.millis().isEmpty())
            return Double.NaN;
        return percentile(s.millis(), percentile);
    }

    static double percentile(List<Double> millis, int percentile) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return HttpLatency.percentile(sorted, percentile);
    }

    private static String first3(String loadavg) {
        String[] parts = loadavg.split(" ");
        return parts.length >= 3 ? parts[0] + ", " + parts[1] + ", " + parts[2] : loadavg;
    }
}
