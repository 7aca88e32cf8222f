package se.lsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.load.Loader;
import se.lsgraph.load.StagedGraphs;
import se.lsgraph.store.GraphStore;
import se.lsgraph.validate.GraphValidation;
import se.lsgraph.vocab.Ids;

/**
 * Loads the same generated N-Triples file with lsgraph's loader (parse, SHACL-validate, commit in
 * one transaction) and with Jena's own TDB2 bulk loader (the "phased" loader that tdb2.tdbloader
 * uses by default), each into a fresh database, and reports the rates.
 */
final class LoadBenchmark {
    record Result(long triples, double parseSeconds, double validateSeconds, double commitSeconds,
                  double oursSeconds, double jenaSeconds) {
        double oursRate() {
            return triples / oursSeconds;
        }

        double jenaRate() {
            return triples / jenaSeconds;
        }
    }

    private LoadBenchmark() {}

    static final int RUNS = 3;

    /** Runs both loaders RUNS times, each into a fresh database, and reports the median of each measure. */
    static Result run(Path work, long triples, PrintStream log) throws IOException {
        Files.createDirectories(work);
        Path file = work.resolve("synthetic.nt");
        long written = SyntheticData.write(file, triples);
        log.printf("Generated %,d triples in %s (%,d bytes)%n", written, file, Files.size(file));
        GraphValidation validation = BundleInstaller.validationOf(BundleSources.fromClasspath());
        List<double[]> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++)
            runs.add(once(Files.createTempDirectory(work, "run-"), file, validation, log));
        return new Result(written, median(runs, 0), median(runs, 1), median(runs, 2), median(runs, 3), median(runs, 4));
    }

    /** One run of both loaders: parse, validate, commit, lsgraph total, Jena total (seconds). */
    private static double[] once(Path dir, Path file, GraphValidation validation, PrintStream log) {
        Node graph = Ids.graph("bench");
        long t0, t1, t2, t3;
        try (GraphStore store = GraphStore.open(dir.resolve("db-lsgraph"))) {
            Loader loader = new Loader(store, validation, log);
            t0 = System.nanoTime();
            StagedGraphs staged = loader.stage(List.of(file), graph, null);
            t1 = System.nanoTime();
            loader.validate(staged);
            t2 = System.nanoTime();
            loader.commit(staged);
            t3 = System.nanoTime();
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.resolve("db-jena").toString());
        long j0 = System.nanoTime();
        DataLoader jena = LoaderFactory.phasedLoader(dsg, graph, (fmt, args) -> { });
        jena.startBulk();
        jena.load(file.toString());
        jena.finishBulk();
        long j1 = System.nanoTime();
        TDBInternal.expel(dsg);
        return new double[] {(t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9, (j1 - j0) / 1e9};
    }

    private static double median(List<double[]> runs, int measure) {
        double[] values = runs.stream().mapToDouble(r -> r[measure]).sorted().toArray();
        return values[values.length / 2];
    }
}
