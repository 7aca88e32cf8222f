package se.lsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Runs the benchmarks and writes their results as Markdown into docs/benchmarks/. */
public final class Benchmarks {
    private Benchmarks() {}

    public static String load(Path work, long triples, Path report, PrintStream log) throws IOException {
        LoadBenchmark.Result r = LoadBenchmark.run(work, triples, log);
        String md = """
                # Load benchmark

                Measured %s on this machine (%d cores, Java %s) with `java -jar target/lsgraph.jar bench load --triples %d`.
                The same generated N-Triples file (%,d triples, shaped like lsgraph data) is loaded into a fresh TDB2
                database by lsgraph's loader and by Jena's own TDB2 bulk loader (the phased loader, the default of
                `tdb2.tdbloader`), three times each; the table gives the medians (single runs vary by ±20%% here).

                | loader | seconds | triples/s |
                |---|---:|---:|
                | lsgraph (parse + SHACL + commit in one transaction) | %.1f | %,.0f |
                | Jena TDB2 phased bulk loader (no validation) | %.1f | %,.0f |

                Ratio lsgraph / Jena: **%.2f**.

                lsgraph's phases: parse %.1f s, SHACL validation %.1f s, commit %.1f s.
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                triples, r.triples(), r.oursSeconds(), r.oursRate(), r.jenaSeconds(), r.jenaRate(),
                r.oursRate() / r.jenaRate(), r.parseSeconds(), r.validateSeconds(), r.commitSeconds());
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

    public static String queries(Path work, Path report) throws IOException, InterruptedException {
        String md = ApiBenchmark.queries(work);
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

    private static void write(Path report, String md) throws IOException {
        if (report.getParent() != null)
            Files.createDirectories(report.getParent());
        Files.writeString(report, md);
    }
}
