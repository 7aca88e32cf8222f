package se.lsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.store.GraphStore;

/**
 * {@code lsgraph bench compare}: the catalogue on lsgraph (over HTTP and in-process), plain Jena
 * TDB2, RDF4J (memory and native) and Oxigraph, each store in its own process and all on the same
 * data (the bundled graph grown by {@link CompareData}), interleaved: every round of a query asks
 * every store once, starting with a different store each round.
 */
final class CompareBenchmark {
    /** A store that took longer than this on one run of a query is not asked that query again. */
    static final double SLOW_MILLIS = 3_000;
    /** The stores' processes get the cap on one query as this system property (seconds). */
    static final String CAP_PROPERTY = "lsgraph.compare.cap";
    /**
     * Each store stops a query after this long itself (every store but Oxigraph can) and the run records
     * "timeout" for it; a store that has not answered {@link #GRACE_SECONDS} after that is stopped and
     * started again for the next query.
     */
    static final long STORE_TIMEOUT_SECONDS = Long.getLong(CAP_PROPERTY, 30);
    static final long GRACE_SECONDS = 15;
    /** A store stopped this many times is not started again. */
    static final int RESTARTS = 2;
    static final long LOAD_TIMEOUT_SECONDS = 45 * 60;
    static final List<String> STORES = List.of("lsgraph-http", "lsgraph", "jena-tdb2", "rdf4j-memory", "rdf4j-native", "oxigraph");

    /** What the benchmark was asked to do. */
    record Settings(Path jar, Path work, Path oxigraphPeer, long quads, int warmups, int runs, String heap, java.time.Duration budget,
                    long capSeconds, List<String> stores, List<String> queries, boolean reuse) {
        /** The catalogue queries this run asks: those named by --queries, or all. */
        Map<String, String> queryTexts() {
            Map<String, String> texts = CompareCatalogue.texts();
            if (queries.isEmpty())
                return texts;
            for (String q : queries)
                if (!texts.containsKey(q))
                    throw new IllegalArgumentException("--queries: no catalogue query '" + q + "'; the queries are "
                            + String.join(", ", texts.keySet()));
            texts.keySet().retainAll(queries);
            return texts;
        }
    }

    /** One store: what it is, its load and its peak memory. */
    record Store(String name, String description, double loadSeconds, long statements, long peakRssMb, String failure) {}

    /** One query on one store: its row count and timed runs (ms), or why it has none. */
    record Samples(long rows, List<Double> millis, String error) {}

    record Result(Settings settings, CompareData.Written data, Store bulkLoad, List<Store> stores,
                  Map<String, Map<String, Samples>> queries, String loadBefore, String loadAfter, double minutes) {}

    private final Settings settings;
    private final PrintStream log;
    private final java.util.function.Consumer<Result> progress;

    /** {@code progress} gets the result so far after every query (to write the report as the run goes). */
    CompareBenchmark(Settings settings, PrintStream log, java.util.function.Consumer<Result> progress) {
        this.settings = settings;
        this.log = log;
        this.progress = progress;
    }

    Result run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        long stopBy = started + settings.budget().toNanos();
        String loadBefore = loadAverage();
        Path work = settings.work().toAbsolutePath();
        Files.createDirectories(work);
        Path db = work.resolve("db");
        Path all = work.resolve("all.nq");
        Path copies = work.resolve("copies.nq");
        Map<String, String> texts = settings.queryTexts();
        Path queries = work.resolve("queries.json");
        new ObjectMapper().writeValue(queries.toFile(), texts);
        PreparedData prepared = settings.reuse() ? PreparedData.readIfPresent(work, settings.quads()) : null;
        if (prepared != null) {
            log.printf("reusing the data and databases of an earlier run in %s (%,d quads)%n", work, prepared.data().quads());
        } else {
            CompareData.Written data = bundled(db).write(all, copies, settings.quads());
            log.printf("data: %,d quads (%,d bundled, %d copies)%n", data.quads(), data.bundled(), data.copies());
            Store bulk = bulkLoad(db, copies, data.quads() - data.bundled());
            prepared = new PreparedData(data, bulk);
        }
        CompareData.Written data = prepared.data();
        Store bulkLoad = prepared.bulkLoad();
        // Every run starts the stores on fresh byte copies: a run before may have left a finder index or caches.
        for (String copy : List.of("db-http", "db-lsgraph", "db-jena"))
            DatabaseCopy.copy(db, work.resolve(copy));
        DatabaseCopy.deleteIfPresent(work.resolve("rdf4j-native"));
        prepared.write(work, settings.quads());

        Map<String, ComparePeerProcess> peers = new LinkedHashMap<>();
        Map<String, Store> stores = new LinkedHashMap<>();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("lsgraph-http", java("lsgraph-http", work.resolve("db-http").toString()));
        commands.put("lsgraph", java("lsgraph", work.resolve("db-lsgraph").toString()));
        commands.put("jena-tdb2", java("jena", work.resolve("db-jena").toString(), queries.toString()));
        commands.put("rdf4j-memory", java("rdf4j-memory", all.toString(), queries.toString()));
        commands.put("rdf4j-native", java("rdf4j-native", work.resolve("rdf4j-native").toString(), all.toString(), queries.toString()));
        commands.put("oxigraph", List.of("node", settings.oxigraphPeer().toAbsolutePath().toString(), all.toString(), queries.toString()));
        commands.keySet().retainAll(settings.stores());
        Map<String, Integer> restarts = new LinkedHashMap<>();
        Thread stopChildren = new Thread(() -> peers.values().forEach(ComparePeerProcess::kill));
        Runtime.getRuntime().addShutdownHook(stopChildren);
        try {
            for (var c : commands.entrySet()) {
                log.println("starting " + c.getKey());
                try {
                    ComparePeerProcess p = ComparePeerProcess.start(c.getKey(), c.getValue(), work.resolve(c.getKey() + ".log"),
                            LOAD_TIMEOUT_SECONDS, log);
                    peers.put(c.getKey(), p);
                    log.printf("%s: %,d statements, ready in %.1f s, peak RSS %,d MB%n", c.getKey(), p.statements(),
                            p.loadSeconds(), p.peakRssMb());
                } catch (IllegalStateException e) {
                    stores.put(c.getKey(), new Store(c.getKey(), describe(c.getKey()), Double.NaN, -1, -1, e.getMessage()));
                    log.println(e.getMessage());
                }
            }
            Map<String, Map<String, Samples>> timings = new LinkedHashMap<>();
            Result result = null;
            for (String query : texts.keySet()) {
                if (System.nanoTime() > stopBy) {
                    log.println("time budget spent: " + query + " and the queries after it are not run");
                    break;
                }
                timings.put(query, runQuery(query, new ArrayList<>(peers.values())));
                restartStopped(peers, commands, restarts, work);
                result = result(data, bulkLoad, commands.keySet(), stores, peers, timings, loadBefore, started);
                progress.accept(result);
            }
            return result(data, bulkLoad, commands.keySet(), stores, peers, timings, loadBefore, started);
        } finally {
            for (ComparePeerProcess p : peers.values())
                p.close();
            Runtime.getRuntime().removeShutdownHook(stopChildren);
        }
    }

    /**
     * A store stopped because it did not end a query by itself (Oxigraph cannot be told to) starts
     * again for the next query, up to {@link #RESTARTS} times, so one query does not cost it the others.
     */
    private void restartStopped(Map<String, ComparePeerProcess> peers, Map<String, List<String>> commands,
                                Map<String, Integer> restarts, Path work) throws IOException, InterruptedException {
        for (var p : new ArrayList<>(peers.entrySet())) {
            String name = p.getKey();
            if (!p.getValue().dead() || restarts.getOrDefault(name, 0) >= RESTARTS)
                continue;
            restarts.merge(name, 1, Integer::sum);
            log.println("restarting " + name + " (stopped after a timeout)");
            try {
                peers.put(name, ComparePeerProcess.start(name, commands.get(name),
                        work.resolve(name + "-" + restarts.get(name) + ".log"), LOAD_TIMEOUT_SECONDS, log));
            } catch (IllegalStateException e) {
                log.println(e.getMessage());
            }
        }
    }

    private Result result(CompareData.Written data, Store bulkLoad, java.util.Set<String> names, Map<String, Store> failed,
                          Map<String, ComparePeerProcess> peers, Map<String, Map<String, Samples>> timings, String loadBefore, long started) {
        List<Store> stores = new ArrayList<>();
        for (String name : names) {
            ComparePeerProcess p = peers.get(name);
            if (p != null)
                stores.add(new Store(name, describe(name), p.loadSeconds(), p.statements(), p.peakRssMb(),
                        p.dead() ? "stopped after a timeout" : null));
            else if (failed.containsKey(name))
                stores.add(failed.get(name));
        }
        return new Result(settings, data, bulkLoad, stores, new LinkedHashMap<>(timings), loadBefore, loadAverage(),
                (System.nanoTime() - started) / 6e10);
    }

    /** Every store once per round, a different one first each round; a store too slow for a query is asked it no more. */
    private Map<String, Samples> runQuery(String query, List<ComparePeerProcess> peers) throws IOException, InterruptedException {
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Double> last = new LinkedHashMap<>();
        for (ComparePeerProcess p : peers)
            millis.put(p.name, new ArrayList<>());
        for (int round = 0; round < settings.warmups() + settings.runs(); round++) {
            for (int i = 0; i < peers.size(); i++) {
                ComparePeerProcess p = peers.get((i + round) % peers.size());
                if (errors.containsKey(p.name) || !millis.get(p.name).isEmpty() && last.getOrDefault(p.name, 0.0) > SLOW_MILLIS)
                    continue;
                ComparePeerProcess.Answer a = p.run(query, settings.capSeconds() + GRACE_SECONDS);
                if (a.error() != null) {
                    errors.put(p.name, a.error());
                    continue;
                }
                rows.put(p.name, a.rows());
                last.put(p.name, a.millis());
                // A store too slow for a query gets one timed run after its warm-ups (never a warm-up as its time: the JIT is cold then).
                if (round >= settings.warmups())
                    millis.get(p.name).add(a.millis());
            }
        }
        Map<String, Samples> samples = new LinkedHashMap<>();
        for (ComparePeerProcess p : peers)
            samples.put(p.name, new Samples(rows.getOrDefault(p.name, -1L), millis.get(p.name), errors.get(p.name)));
        log.println(query + ": " + summary(samples));
        return samples;
    }

    private static String summary(Map<String, Samples> samples) {
        StringBuilder s = new StringBuilder();
        samples.forEach((store, x) -> s.append(store).append('=').append(x.error() != null ? "error" : x.rows() + " rows/"
                + (x.millis().isEmpty() ? "-" : String.format("%.1fms", CompareReport.percentile(x.millis(), 50)))).append(' '));
        return s.toString();
    }

    /** TDB2's phased bulk loader (tdb2.tdbloader's default) adds the copies to lsgraph's database, in its own process. */
    private Store bulkLoad(Path db, Path copies, long quads) throws IOException, InterruptedException {
        log.println("bulk-loading the copies into lsgraph's database");
        ComparePeerProcess p = ComparePeerProcess.start("tdb2-bulkload", java("bulkload", db.toString(), copies.toString()),
                settings.work().resolve("tdb2-bulkload.log"), LOAD_TIMEOUT_SECONDS, log);
        long peak = p.peakRssMb();
        p.close();
        log.printf("bulk load: %,d quads in %.1f s, peak RSS %,d MB%n", p.statements(), p.loadSeconds(), peak);
        return new Store("tdb2-bulkload", "TDB2 phased bulk loader (the default of tdb2.tdbloader) adding the copies to "
                + "lsgraph's database of the bundled graph", p.loadSeconds(), quads, peak, null);
    }

    /** lsgraph's store with the bundled graph installed as `serve` installs it, and the generator over its quads. */
    private static CompareData bundled(Path db) {
        try (GraphStore store = GraphStore.open(db)) {
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
            return CompareData.of(store);
        }
    }

    private List<String> java(String... workerArgs) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.heap(), "-D" + CAP_PROPERTY + "=" + settings.capSeconds(), "-cp", classPath(), CompareWorker.class.getName()));
        command.addAll(List.of(workerArgs));
        return command;
    }

    /** lsgraph's jar and the peers' jars (not in lsgraph's jar: the build lists them in target/compare-peer-classpath.txt). */
    private String classPath() {
        Path jar = settings.jar().toAbsolutePath();
        Path peers = jar.resolveSibling("compare-peer-classpath.txt");
        try {
            return jar + java.io.File.pathSeparator + Files.readString(peers).trim();
        } catch (IOException e) {
            throw new IllegalStateException("The RDF4J class path is missing (" + peers + "): build with mvn -DskipTests package", e);
        }
    }

    static String describe(String store) {
        return switch (store) {
            case "lsgraph-http" -> "lsgraph's server (read-only store) on loopback, GET /api/queries/NAME, compact JSON";
            case "lsgraph" -> "lsgraph in-process: GraphStore (read-only) and QueryRunner, as `lsgraph query` runs a query";
            case "jena-tdb2" -> "plain Jena TDB2 5.6.0 (DatabaseMgr, union default graph) on a byte copy of lsgraph's database";
            case "rdf4j-memory" -> "RDF4J 5.2.0 MemoryStore, loaded from the N-Quads file";
            case "rdf4j-native" -> "RDF4J 5.2.0 NativeStore (indexes spoc,posc,ospc,cspo), loaded from the N-Quads file";
            case "oxigraph" -> "Oxigraph 0.5.11 (npm package, in-memory store, Node.js), loaded from the N-Quads file";
            default -> store;
        };
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
