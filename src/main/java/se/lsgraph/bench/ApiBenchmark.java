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
import se.lsgraph.query.NamedQuery;
import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.query.QueryParam;
import se.lsgraph.server.LsgraphServer;
import se.lsgraph.store.GraphStore;

/**
 * Latency over HTTP on the bundled graph: every catalogue query through /api/queries with its
 * example parameters, and every search need through /api/search. The server runs in this JVM on a
 * free loopback port with a TDB2 database in a scratch directory.
 */
final class ApiBenchmark {
    static final int WARMUPS = 5;
    static final int RUNS = 50;

    private ApiBenchmark() {}

    static String queries(Path work) throws IOException, InterruptedException {
        StringBuilder md = header("Query catalogue latency",
                "every catalogue query (except the federated one, which depends on Wikidata) through "
                        + "`GET /api/queries/NAME` with its example parameters");
        md.append("| query | median ms | p95 ms | status |\n|---|---:|---:|---:|\n");
        try (Served s = Served.start(work)) {
            for (NamedQuery q : QueryCatalogue.bundled().list()) {
                if (q.params().stream().anyMatch(p -> p.name().endsWith("Endpoint")))
                    continue;
                StringBuilder url = new StringBuilder(s.base + "/api/queries/" + q.name() + "?format=json");
                for (QueryParam p : q.params())
                    url.append('&').append(p.name()).append('=').append(URLEncoder.encode(p.example(), StandardCharsets.UTF_8));
                HttpLatency.Stats st = HttpLatency.measure(url.toString(), "application/json", WARMUPS, RUNS);
                md.append(String.format("| %s | %.1f | %.1f | %d |%n", q.name(), st.medianMs(), st.p95Ms(), st.status()));
            }
        }
        return md.toString();
    }

    static String search(Path work, Path needsFile) throws IOException, InterruptedException {
        StringBuilder md = header("Search latency", "every need of `" + needsFile + "` through `GET /api/search?q=NEED`");
        md.append("| need | median ms | p95 ms | status |\n|---|---:|---:|---:|\n");
        List<String> needs = Files.readAllLines(needsFile).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t")[0]).distinct().toList();
        try (Served s = Served.start(work)) {
            s.awaitSearchReady();
            HttpLatency.measure(s.base + "/api/search?q=x", "application/json", 1, 1);
            for (String need : needs) {
                HttpLatency.Stats st = HttpLatency.measure(s.base + "/api/search?q=" + URLEncoder.encode(need, StandardCharsets.UTF_8),
                        "application/json", WARMUPS, RUNS);
                md.append(String.format("| %s | %.1f | %.1f | %d |%n", need, st.medianMs(), st.p95Ms(), st.status()));
            }
        }
        return md.toString();
    }

    private static StringBuilder header(String title, String what) {
        return new StringBuilder("# " + title + "\n\nMeasured " + LocalDate.now() + " on this machine ("
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ") by `java -jar target/lsgraph.jar bench` over HTTP on loopback: " + what + "; "
                + WARMUPS + " warm-up requests, then " + RUNS + " timed ones each (nearest-rank percentiles).\n\n");
    }

    /** A server on the bundled graph for the duration of a benchmark. */
    private record Served(GraphStore store, LsgraphServer server, String base) implements AutoCloseable {
        static Served start(Path work) throws IOException {
            Files.createDirectories(work);
            GraphStore store = GraphStore.open(Files.createTempDirectory(work, "db-"));
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
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
