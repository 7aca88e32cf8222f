package se.lsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lsgraph.bench.Benchmarks;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks (not tests): write their results to docs/benchmarks/.",
        subcommands = {BenchCommand.Load.class, BenchCommand.Serve.class, BenchCommand.Queries.class,
                BenchCommand.Search.class, BenchCommand.Registry.class, BenchCommand.Replicas.class,
                BenchCommand.Compare.class, BenchCommand.Abuse.class, BenchCommand.Throughput.class})
final class BenchCommand {

    /** Options every benchmark shares. */
    static class Common {
        @Spec
        CommandSpec spec;

        @Option(names = "--work", paramLabel = "DIR", description = "Scratch directory (default: a new temporary one).")
        Path work;

        Path workDir() throws java.io.IOException {
            return work != null ? work : Files.createTempDirectory("lsgraph-bench-");
        }
    }

    @Command(name = "queries", mixinStandardHelpOptions = true,
            description = "Median and p95 latency of every catalogue query over HTTP (/api/queries).")
    static final class Queries extends Common implements Callable<Integer> {
        @Option(names = "--report", defaultValue = "docs/benchmarks/queries.md", description = "Report file (default: ${DEFAULT-VALUE}).")
        Path report;

        @Option(names = "--triples", defaultValue = "0", description = "Generated triples added to the bundled graph (default: ${DEFAULT-VALUE}).")
        long triples;

        @Option(names = "--runs", defaultValue = "50", description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() throws Exception {
            spec.commandLine().getOut().println(Benchmarks.queries(workDir(), triples, runs, report));
            return ExitCodes.OK;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Median and p95 latency of /api/search over the test needs.")
    static final class Search extends Common implements Callable<Integer> {
        @Option(names = "--needs", defaultValue = "src/test/resources/search/needs.tsv", description = "Needs file (default: ${DEFAULT-VALUE}).")
        Path needs;

        @Option(names = "--report", defaultValue = "docs/benchmarks/search.md", description = "Report file (default: ${DEFAULT-VALUE}).")
        Path report;

        @Override
        public Integer call() throws Exception {
            spec.commandLine().getOut().println(Benchmarks.search(workDir(), needs, report));
            return ExitCodes.OK;
        }
    }

    @Command(name = "registry", mixinStandardHelpOptions = true,
            description = "Load a generated ROR v2 dump through the ror-v2 mapping (run with -Xmx1g).")
    static final class Registry extends Common implements Callable<Integer> {
        @Option(names = "--records", defaultValue = "120000", description = "Records in the dump (default: ${DEFAULT-VALUE}).")
        int records;

        @Option(names = "--report", defaultValue = "docs/benchmarks/registry.md", description = "Report file (default: ${DEFAULT-VALUE}).")
        Path report;

        @Override
        public Integer call() throws Exception {
            spec.commandLine().getOut().println(Benchmarks.registry(workDir(), records, report));
            return ExitCodes.OK;
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Compare lsgraph's loader with Jena's TDB2 bulk loader on a generated file.")
    static final class Load extends Common implements Callable<Integer> {
        @Option(names = "--triples", defaultValue = "1000000", description = "Size of the generated file (default: ${DEFAULT-VALUE}).")
        long triples;

        @Option(names = "--report", defaultValue = "docs/benchmarks/load.md", description = "Report file (default: ${DEFAULT-VALUE}).")
        Path report;

        @Option(names = "--jar", defaultValue = "target/lsgraph.jar", description = "The lsgraph jar both loaders run from (default: ${DEFAULT-VALUE}).")
        Path jar;

        @Option(names = "--heap", defaultValue = "1g", description = "-Xmx of each loader's JVM (default: ${DEFAULT-VALUE}).")
        String heap;

        @Option(names = "--runs", defaultValue = "3", description = "Runs of each loader, alternating (default: ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(jar))
                throw new IllegalArgumentException("No jar at " + jar + "; build it with mvn -q -DskipTests package");
            spec.commandLine().getOut().println(Benchmarks.load(jar, workDir(), triples, heap, runs, report, System.err));
            return ExitCodes.OK;
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Time from starting `serve -Xmx512m` on an existing database to its first answer.")
    static final class Serve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--jar", defaultValue = "target/lsgraph.jar", description = "The lsgraph jar (default: ${DEFAULT-VALUE}).")
        Path jar;

        @Option(names = "--db", paramLabel = "DIR", description = "Database to serve (default: a new temporary one).")
        Path db;

        @Option(names = "--report", defaultValue = "docs/benchmarks/serve.md", description = "Report file (default: ${DEFAULT-VALUE}).")
        Path report;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(jar))
                throw new IllegalArgumentException("No jar at " + jar + "; build it with mvn -q -DskipTests package");
            Path dir = db != null ? db : Files.createTempDirectory("lsgraph-bench-db-");
            spec.commandLine().getOut().println(Benchmarks.serve(jar, dir, report));
            return ExitCodes.OK;
        }
    }

    @Command(name = "replicas", mixinStandardHelpOptions = true,
            description = "HAProxy and three read-only replicas on loopback under load: kill one, roll out a new build; "
                    + "failed requests, p95 and throughput (needs haproxy and target/lsgraph.jar).")
    static final class Replicas extends Common implements Callable<Integer> {
        @Option(names = "--jar", defaultValue = "target/lsgraph.jar", description = "The lsgraph jar (default: ${DEFAULT-VALUE}).")
        Path jar;

        @Option(names = "--haproxy-config", defaultValue = "deploy/haproxy.cfg", description = "HAProxy configuration (default: ${DEFAULT-VALUE}).")
        Path config;

        @Option(names = "--clients", defaultValue = "64", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--duration", defaultValue = "90", paramLabel = "SECONDS",
                description = "Seconds of load; longer only if the rollout needs it, never more than 8 minutes (default: ${DEFAULT-VALUE}).")
        long duration;

        @Option(names = "--heap", defaultValue = "512m", description = "-Xmx of each replica (default: ${DEFAULT-VALUE}).")
        String heap;

        @Option(names = "--report", defaultValue = "docs/benchmarks/replicas.md", description = "Report file (default: ${DEFAULT-VALUE}).")
        Path report;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(jar))
                throw new IllegalArgumentException("No jar at " + jar + "; build it with mvn -q -DskipTests package");
            if (clients < 1 || clients > 256 || duration < 30 || duration > 300)
                throw new IllegalArgumentException("--clients must be 1-256 and --duration 30-300 seconds");
            spec.commandLine().getOut().println(Benchmarks.replicas(jar.toAbsolutePath(), workDir().toAbsolutePath(), config.toAbsolutePath(),
                    clients, duration, heap, report, System.err));
            return ExitCodes.OK;
        }
    }
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "The catalogue on lsgraph (HTTP and in-process), plain Jena TDB2, RDF4J memory and native and Oxigraph "
                    + "on the same generated data, interleaved: p50/p95 per query, load rate, peak RSS, ratios (needs node and npm).")
    static final class Compare extends Common implements Callable<Integer> {
        @Option(names = "--quads", defaultValue = "1000000", description = "Size of the data: the bundled graph and copies of it (default: ${DEFAULT-VALUE}).")
        long quads;

        @Option(names = "--warmups", defaultValue = "2", description = "Warm-up rounds per query (default: ${DEFAULT-VALUE}).")
        int warmups;

        @Option(names = "--runs", defaultValue = "10", description = "Timed rounds per query (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--heap", defaultValue = "2g", description = "-Xmx of each Java store's process (default: ${DEFAULT-VALUE}).")
        String heap;

        @Option(names = "--budget", defaultValue = "60", paramLabel = "MINUTES",
                description = "Queries not started within this many minutes of the start are left out (default: ${DEFAULT-VALUE}).")
        long budgetMinutes;

        @Option(names = "--cap", defaultValue = "30", paramLabel = "SECONDS",
                description = "Each store stops a query after this long; the run records \"timeout\" for it (default: ${DEFAULT-VALUE}).")
        long capSeconds;

        @Option(names = "--stores", split = ",", defaultValue = "lsgraph-http,lsgraph,jena-tdb2,rdf4j-memory,rdf4j-native,oxigraph",
                description = "The stores to compare, of lsgraph-http, lsgraph, jena-tdb2, rdf4j-memory, rdf4j-native and oxigraph "
                        + "(default: all).")
        List<String> stores;

        @Option(names = "--jar", defaultValue = "target/lsgraph.jar", description = "The lsgraph jar (default: ${DEFAULT-VALUE}).")
        Path jar;

        @Option(names = "--oxigraph", defaultValue = "bench/oxigraph", description = "The Oxigraph peer's folder (default: ${DEFAULT-VALUE}).")
        Path oxigraph;

        @Option(names = "--queries", split = ",", paramLabel = "NAME",
                description = "Only these catalogue queries, by name (default: every one but the federated query).")
        List<String> queries = List.of();

        @Option(names = "--reuse", description = "Reuse the data and bulk-loaded database that an earlier run of the same --quads "
                + "left in --work (skips the generator and the bulk load; the stores still start on fresh copies).")
        boolean reuse;

        @Option(names = "--report", defaultValue = "docs/benchmarks/compare.md", description = "Report file (default: ${DEFAULT-VALUE}).")
        Path report;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(jar))
                throw new IllegalArgumentException("No jar at " + jar + "; build it with mvn -q -DskipTests package");
            if (quads < 1 || warmups < 0 || runs < 1 || runs > 1000 || capSeconds < 1)
                throw new IllegalArgumentException("--quads must be positive, --warmups at least 0, --runs 1-1000 and --cap at least 1");
            for (String store : stores)
                if (!se.lsgraph.bench.Benchmarks.COMPARE_STORES.contains(store))
                    throw new IllegalArgumentException("--stores: no store '" + store + "'; the stores are "
                            + String.join(", ", se.lsgraph.bench.Benchmarks.COMPARE_STORES));
            if (!stores.contains("lsgraph"))
                throw new IllegalArgumentException("--stores must include lsgraph (the ratios are lsgraph's)");
            spec.commandLine().getOut().println(Benchmarks.compare(jar, workDir(), oxigraph, quads, warmups, runs, heap,
                    java.time.Duration.ofMinutes(budgetMinutes), capSeconds, stores, queries, reuse, report, System.err));
            return ExitCodes.OK;
        }
    }

    @Command(name = "abuse", mixinStandardHelpOptions = true,
            description = "Abusive requests against a live server on loopback (default limits, bundled graph) with a canary "
                    + "asking every 100 ms: per case the answer, its duration, the canary's p99/worst/errors, peak RSS; "
                    + "optionally a 64-client soak (needs target/lsgraph.jar).")
    static final class Abuse extends Common implements Callable<Integer> {
        @Option(names = "--jar", defaultValue = "target/lsgraph.jar", description = "The lsgraph jar (default: ${DEFAULT-VALUE}).")
        Path jar;

        @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
                description = "The server's --timeout (default: ${DEFAULT-VALUE}, serve's own default).")
        long timeout;

        @Option(names = "--heap", description = "-Xmx of the server (default: the JVM's own default).")
        String heap;

        @Option(names = "--case", paramLabel = "NAME", description = "Run only this case (repeatable; default: all).")
        java.util.List<String> cases = new java.util.ArrayList<>();

        @Option(names = "--soak", defaultValue = "0", paramLabel = "MINUTES",
                description = "After the cases, 64 clients for this many minutes (0-10; default: ${DEFAULT-VALUE}, none).")
        int soak;

        @Option(names = "--report", defaultValue = "docs/benchmarks/abuse.md", description = "Report file (default: ${DEFAULT-VALUE}).")
        Path report;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(jar))
                throw new IllegalArgumentException("No jar at " + jar + "; build it with mvn -q -DskipTests package");
            if (timeout < 1 || timeout > 300)
                throw new IllegalArgumentException("--timeout must be 1-300 seconds");
            StringBuilder command = new StringBuilder("java -jar target/lsgraph.jar");
            for (String arg : spec.commandLine().getParseResult().originalArgs())
                command.append(' ').append(arg);
            spec.commandLine().getOut().println(Benchmarks.abuse(jar.toAbsolutePath(), workDir().toAbsolutePath(), timeout, heap, cases, soak,
                    command.toString(), report, System.err));
            return ExitCodes.OK;
        }
    }

    @Command(name = "throughput", mixinStandardHelpOptions = true,
            description = "Requests per second against the number of clients: a separate serve JVM with default settings, "
                    + "clients from distinct loopback addresses on a fixed mix; latency, errors and CPU time per request "
                    + "(needs target/lsgraph.jar).")
    static final class Throughput extends Common implements Callable<Integer> {
        @Option(names = "--jar", defaultValue = "target/lsgraph.jar", description = "The lsgraph jar (default: ${DEFAULT-VALUE}).")
        Path jar;

        @Option(names = "--baseline-jar", paramLabel = "JAR",
                description = "Another lsgraph jar (e.g. the previous build) to measure in the same run, phases alternating.")
        Path baselineJar;

        @Option(names = "--clients", split = ",", defaultValue = "1,2,4,8,16", description = "Client counts (default: ${DEFAULT-VALUE}).")
        java.util.List<Integer> clients;

        @Option(names = "--seconds", defaultValue = "20", description = "Length of each phase, 5-120 s (default: ${DEFAULT-VALUE}).")
        long seconds;

        @Option(names = "--max-requests", defaultValue = "100000", description = "Requests per phase at most (default: ${DEFAULT-VALUE}).")
        int maxRequests;

        @Option(names = "--triples", defaultValue = "0", description = "Generated triples added to the bundled graph (default: ${DEFAULT-VALUE}).")
        long triples;

        @Option(names = "--jfr", description = "Record each server with Java Flight Recorder (profile settings) into the work directory.")
        boolean jfr;

        @Option(names = "--report", defaultValue = "docs/benchmarks/throughput.md", description = "Report file (default: ${DEFAULT-VALUE}).")
        Path report;

        @Override
        public Integer call() throws Exception {
            for (Path j : baselineJar == null ? java.util.List.of(jar) : java.util.List.of(jar, baselineJar))
                if (!Files.isRegularFile(j))
                    throw new IllegalArgumentException("No jar at " + j + "; build it with mvn -q -DskipTests package");
            if (seconds < 5 || seconds > 120 || maxRequests < 1 || triples < 0)
                throw new IllegalArgumentException("--seconds must be 5-120, --max-requests positive and --triples at least 0");
            StringBuilder command = new StringBuilder("java -jar target/lsgraph.jar");
            for (String arg : spec.commandLine().getParseResult().originalArgs())
                command.append(' ').append(arg);
            spec.commandLine().getOut().println(Benchmarks.throughput(jar.toAbsolutePath(), baselineJar == null ? null : baselineJar.toAbsolutePath(),
                    workDir().toAbsolutePath(), clients, seconds, maxRequests, triples, jfr, command.toString(), report, System.err));
            return ExitCodes.OK;
        }
    }
}
