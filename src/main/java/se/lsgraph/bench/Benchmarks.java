package se.lsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Runs the benchmarks and writes their results as Markdown into docs/benchmarks/. */
public final class Benchmarks {
    private Benchmarks() {}

    public static String load(Path jar, Path work, long triples, String heap, int runs, Path report, PrintStream log)
            throws IOException, InterruptedException {
        LoadBenchmark.Result r = LoadBenchmark.run(jar, work, triples, heap, runs, log);
        LoadBenchmark.Process ours = r.median(r.ours());
        LoadBenchmark.Process jena = r.median(r.jena());
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < r.ours().size(); i++)
            table.append(String.format("| %d | %.1f | %,d | %.1f | %,d |%n", i + 1, r.ours().get(i).seconds(),
                    r.ours().get(i).peakKb() / 1024, r.jena().get(i).seconds(), r.jena().get(i).peakKb() / 1024));
        String md = """
                # Load benchmark

                Measured %s on this machine (%d cores, Java %s) with
                `java -jar target/lsgraph.jar bench load --triples %d --heap %s --runs %d`. The same generated N-Triples file
                (%,d triples shaped like lsgraph data: organisations and offerings with bilingual labels, status,
                operator and source, passing the SHACL shapes) is loaded into a fresh TDB2 database, each loader in
                its own JVM with `-Xmx%s`, alternating, %d times:

                - **lsgraph**: `java -Xmx%s -jar lsgraph.jar load --db DIR --graph IRI FILE` (one strict parse
                  pass; a file of 64 MiB or more, as this one, is staged: TDB2's sequential bulk loader builds the
                  database's next generation, the touched nodes are SHACL-validated there, then one atomic rename
                  switches to it; smaller files are written and validated in one write transaction);
                - **Jena**: the TDB2 phased bulk loader, the default of `tdb2.tdbloader` (no validation), run by
                  `se.lsgraph.bench.JenaBulkLoad` since jena-cmds is not on lsgraph's class path.

                Wall time (including JVM start) and peak resident memory come from `/usr/bin/time`. The machine is
                shared: compare the two columns of one run, not runs of different days.

                | run | lsgraph s | lsgraph peak MB | Jena s | Jena peak MB |
                |---:|---:|---:|---:|---:|
                %s
                Medians: lsgraph %.1f s (%,.0f triples/s), Jena %.1f s (%,.0f triples/s); **lsgraph / Jena rate: %.2f**;
                highest peak RSS: lsgraph %,d MB, Jena %,d MB.

                A file of %,d triples loaded (in this JVM, median of %d loads replacing the same graph) into a store
                holding only the bundled graph: %.2f s; into the store of the last run above (%,d triples): %.2f s;
                ratio **%.2f**.
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                triples, heap, runs, r.triples(), heap, runs, heap, table,
                ours.seconds(), r.triples() / ours.seconds(), jena.seconds(), r.triples() / jena.seconds(),
                jena.seconds() / ours.seconds(), r.maxPeakKb(r.ours()) / 1024, r.maxPeakKb(r.jena()) / 1024,
                LoadBenchmark.SMALL, LoadBenchmark.smallSamples(runs), r.smallIntoBundled(), r.triples(), r.smallIntoBig(),
                r.smallIntoBig() / r.smallIntoBundled());
        write(report, md);
        return md;
    }

    public static String serve(Path jar, Path db, Path report) throws IOException, InterruptedException {
        ServeBenchmark.prepare(jar, db);
        ServeBenchmark.Result r = ServeBenchmark.run(jar, db);
        String md = """
                # Serve benchmark

                Measured %s with `java -jar target/lsgraph.jar bench serve`: a separate process
                `java %s -jar %s serve --db %s --port <free port>` is started on an existing database
                holding the bundled graph, and the time from process start to the first answered query
                (`src/main/resources/lsgraph/sparql/count-triples.rq`) is taken.

                | measure | value |
                |---|---:|
                | time to first answered query | %.2f s |
                | heap | %s |
                | answer | `%s` |
                """.formatted(LocalDate.now(), ServeBenchmark.HEAP, jar.getFileName(), db.getFileName(),
                r.firstQuerySeconds(), ServeBenchmark.HEAP, r.firstAnswer());
        write(report, md);
        return md;
    }

    public static String queries(Path work, long triples, int runs, Path report) throws IOException, InterruptedException {
        String md = ApiBenchmark.queries(work, triples, runs);
        write(report, md);
        return md;
    }

    public static String search(Path work, Path needs, Path report) throws IOException, InterruptedException {
        String md = ApiBenchmark.search(work, needs) + se.lsgraph.search.NeedsEvaluation.report(needs);
        write(report, md);
        return md;
    }

    public static String registry(Path work, int records, Path report) throws IOException {
        String md = RegistryBenchmark.run(work, records);
        write(report, md);
        return md;
    }

    public static String replicas(Path jar, Path work, Path haproxyConfig, int clients, long durationSeconds, String heap,
                                  Path report, PrintStream log) throws IOException, InterruptedException {
        ReplicaBenchmark.Result r = new ReplicaBenchmark(jar, work, heap, log)
                .run(haproxyConfig, clients, java.time.Duration.ofSeconds(durationSeconds));
        String md = ReplicaReport.markdown(r, clients, durationSeconds, heap);
        write(report, md);
        return md;
    }

    /** The stores {@code bench compare} can compare. */
    public static final List<String> COMPARE_STORES = CompareBenchmark.STORES;

    public static String compare(Path jar, Path work, Path oxigraph, long quads, int warmups, int runs, String heap,
                                 java.time.Duration budget, long capSeconds, List<String> stores, List<String> queries, boolean reuse,
                                 Path report, PrintStream log)
            throws IOException, InterruptedException {
        Path peer = stores.contains("oxigraph") ? CompareOxigraph.prepare(oxigraph, log) : oxigraph;
        CompareBenchmark.Settings settings = new CompareBenchmark.Settings(jar, work, peer, quads, warmups, runs, heap, budget,
                capSeconds, stores, queries, reuse);
        CompareBenchmark.Result r = new CompareBenchmark(settings, log, partial -> {
            try {
                write(report, CompareReport.markdown(partial));
            } catch (IOException e) {
                log.println("cannot write " + report + ": " + e.getMessage());
            }
        }).run();
        String md = CompareReport.markdown(r);
        write(report, md);
        return md;
    }

    private static void write(Path report, String md) throws IOException {
        if (report.getParent() != null)
            Files.createDirectories(report.getParent());
        Files.writeString(report, md);
    }

    public static String abuse(Path jar, Path work, long timeoutSeconds, String heap, java.util.List<String> only, int soakMinutes,
                               String command, Path report, PrintStream log) throws IOException, InterruptedException {
        AbuseBenchmark.Result r = new AbuseBenchmark(jar, work, timeoutSeconds, heap, log).run(only, soakMinutes);
        String md = AbuseReport.markdown(r, command);
        write(report, md);
        return md;
    }

    public static String throughput(Path jar, Path baselineJar, Path work, java.util.List<Integer> clients, long seconds, int maxRequests,
                                    long triples, boolean flightRecording, String command, Path report, PrintStream log) throws Exception {
        ThroughputBenchmark.Settings settings = new ThroughputBenchmark.Settings(jar, baselineJar, work, clients, seconds, maxRequests,
                triples, flightRecording);
        String md = ThroughputReport.markdown(new ThroughputBenchmark(settings, log).run(), command);
        write(report, md);
        return md;
    }
}
