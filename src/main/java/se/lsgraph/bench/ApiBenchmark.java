package se.lsgraph.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.load.Loader;
import se.lsgraph.query.NamedQuery;
import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.query.QueryParam;
import se.lsgraph.server.LsgraphServer;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * Latency over HTTP on the bundled graph: every catalogue query through /api/queries with its
 * example parameters, and every search need through /api/search. The server runs in this JVM on a
 * free loopback port with a TDB2 database in a scratch directory.
 */
final class ApiBenchmark {
    static final int WARMUPS = 5;
    static final int RUNS = 50;

    private ApiBenchmark() {}

    /**
     * The catalogue over HTTP, then in-process against plain Jena TDB2 on a byte copy of the same
     * database; with {@code extraTriples > 0} the store also holds that many generated triples
     * (lsgraph-shaped offerings and organisations, see {@link SyntheticData}).
     */
    static String queries(Path work, long extraTriples, int runs) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path db = Files.createTempDirectory(work, "db-");
        long stored = prepare(db, work, extraTriples);
        List<NamedQuery> catalogue = QueryCatalogue.bundled().list().stream()
                .filter(q -> q.params().stream().noneMatch(p -> p.name().endsWith("Endpoint"))).toList();
        StringBuilder md = header("Query catalogue latency", runs,
                "every catalogue query (except the federated one, which depends on Wikidata) through "
                        + "`GET /api/queries/NAME` with its example parameters, on a store of " + String.format("%,d", stored)
                        + " triples (the bundled graph" + (extraTriples > 0 ? String.format(" and %,d generated ones", extraTriples) : "") + ")");
        md.append("| query | median ms | p95 ms | status |\n|---|---:|---:|---:|\n");
        try (Served s = Served.on(db)) {
            for (NamedQuery q : catalogue) {
                StringBuilder url = new StringBuilder(s.base + "/api/queries/" + q.name() + "?format=json");
                for (QueryParam p : q.params())
                    url.append('&').append(p.name()).append('=').append(URLEncoder.encode(p.example(), StandardCharsets.UTF_8));
                HttpLatency.Stats st = HttpLatency.measure(url.toString(), "application/json", WARMUPS, runs);
                md.append(String.format("| %s | %.1f | %.1f | %d |%n", q.name(), st.medianMs(), st.p95Ms(), st.status()));
            }
        }
        List<PeerQueries.Timing> peers = PeerQueries.run(db, work, catalogue, WARMUPS, runs);
        md.append("\n## In-process, lsgraph's store against plain Jena TDB2\n\n")
                .append("The same parsed query on lsgraph's store (`QueryRunner`, which copies the rows out of the read ")
                .append("transaction) and on plain Jena TDB2 (`DatabaseMgr.connectDatasetGraph` on a byte copy of the same ")
                .append("database, union default graph on), alternating run by run; both must return the same number of rows.\n\n")
                .append("| query | rows | lsgraph p50 ms | p95 ms | Jena p50 ms | p95 ms | ratio p50 |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (PeerQueries.Timing t : peers)
            md.append(String.format("| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |%n", t.query(), t.rows(), t.oursP50(), t.oursP95(),
                    t.jenaP50(), t.jenaP95(), Math.max(t.oursP50(), 0.01) / Math.max(t.jenaP50(), 0.01)));
        md.append(String.format("%nGeometric mean of the p50 ratios (lsgraph / plain Jena): **%.2f**; ", PeerQueries.geomeanRatio(peers)))
                .append(String.format("queries over 200 ms p50 on lsgraph: %d.%n",
                        peers.stream().filter(t -> t.oursP50() > 200).count()));
        return md.toString();
    }

    /** The bundled graph and, if asked, generated triples in graph bench; returns the number of triples. */
    static long prepare(Path db, Path work, long extraTriples) throws IOException {
        try (GraphStore store = GraphStore.open(db)) {
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
            if (extraTriples > 0) {
                Path file = work.resolve("queries-synthetic.nt");
                SyntheticData.write(file, extraTriples, "bench");
                new Loader(store, BundleInstaller.validationOf(BundleSources.fromClasspath()), System.err)
                        .load(List.of(file), Ids.graph("bench"), null);
            }
            return store.read(dsg -> dsg.stream().count());
        }
    }

    static String search(Path work, Path needsFile) throws IOException, InterruptedException {
        StringBuilder md = header("Search latency", "every need of `" + needsFile + "` through `GET /api/search?q=NEED`");
        md.append("| need | median ms | p95 ms | status |\n|---|---:|---:|---:|\n");
        List<String> needs = Files.readAllLines(needsFile).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t")[0]).distinct().toList();
        try (Served s = Served.start(work)) {
            s.awaitSearchReady();
            // The first search starts the index update that follows the catalogue graph's write at
            // start; timing begins only once it is done, or it would land on the first needs.
            HttpLatency.measure(s.base + "/api/search?q=x", "application/json", 1, 1);
            s.server.awaitSearchReady(java.time.Duration.ofMinutes(10));
            // One pass over every need first, so that the needs timed first do not pay for JIT compilation.
            for (String need : needs)
                HttpLatency.measure(s.base + "/api/search?q=" + URLEncoder.encode(need, StandardCharsets.UTF_8), "application/json", 1, 1);
            for (String need : needs) {
                HttpLatency.Stats st = HttpLatency.measure(s.base + "/api/search?q=" + URLEncoder.encode(need, StandardCharsets.UTF_8),
                        "application/json", WARMUPS, RUNS);
                md.append(String.format("| %s | %.1f | %.1f | %d |%n", need, st.medianMs(), st.p95Ms(), st.status()));
            }
        }
        return md.toString();
    }

    private static StringBuilder header(String title, String what) {
        return header(title, RUNS, what);
    }

    private static StringBuilder header(String title, int runs, String what) {
        return new StringBuilder("# " + title + "\n\nMeasured " + LocalDate.now() + " on this machine ("
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ") by `java -jar target/lsgraph.jar bench` over HTTP on loopback: " + what + "; "
                + WARMUPS + " warm-up requests, then " + runs + " timed ones each (nearest-rank percentiles).\n\n");
    }

    /** A server on the bundled graph for the duration of a benchmark. */
    private record Served(GraphStore store, LsgraphServer server, String base) implements AutoCloseable {
        static Served start(Path work) throws IOException {
            Files.createDirectories(work);
            Path db = Files.createTempDirectory(work, "db-");
            prepare(db, work, 0);
            return on(db);
        }

        static Served on(Path db) {
            GraphStore store = GraphStore.open(db);
            LsgraphServer server = LsgraphServer.builder(store).port(0).build().start();
            return new Served(store, server, "http://127.0.0.1:" + server.port());
        }

        /** The finder builds its index in the background at start: time searches only once it is ready (bounded wait). */
        void awaitSearchReady() throws InterruptedException {
            for (int i = 0; i < 600 && !server.searchReady(); i++)
                Thread.sleep(100);
            if (!server.searchReady())
                throw new IllegalStateException("the finder's index was not ready within 60 s");
        }

        @Override
        public void close() {
            server.close();
            store.close();
        }
    }
}
