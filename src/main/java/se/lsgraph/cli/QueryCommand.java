package se.lsgraph.cli;

import java.io.PrintWriter;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lsgraph.load.BundleInstaller;
import se.lsgraph.query.NamedQuery;
import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.query.QueryDocs;
import se.lsgraph.query.QueryResult;
import se.lsgraph.query.QueryRunner;
import se.lsgraph.query.ResultFormat;
import se.lsgraph.store.GraphStore;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named query of the catalogue (queries/) against the database or a SPARQL endpoint.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--list", description = "List the catalogue's queries.")
    boolean list;

    @Option(names = "--write-docs", paramLabel = "FILE", description = "Write the catalogue's documentation (docs/queries.md).")
    Path docs;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The query to run.")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter value; repeat for more.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL endpoint instead of the database.")
    String endpoint;

    @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS",
            description = "Give up a query still running after this many seconds; 0 for no limit (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        if (docs != null) {
            Files.writeString(docs, QueryDocs.markdown(catalogue));
            out.println("Wrote " + docs);
            return ExitCodes.OK;
        }
        if (list || name == null) {
            for (NamedQuery q : catalogue.list())
                out.printf("%-40s %s%s%n", q.name(), q.summary(), paramsOf(q));
            return ExitCodes.OK;
        }
        NamedQuery query = catalogue.get(name).orElseThrow(() ->
                new IllegalArgumentException("no query named '" + name + "' (see query --list)"));
        ResultFormat fmt = ResultFormat.of(format);
        if (timeoutSeconds < 0)
            throw new IllegalArgumentException("--timeout must be 0 (no limit) or a positive number of seconds, not " + timeoutSeconds);
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        QueryResult result;
        try {
            result = endpoint != null ? QueryRunner.run(endpoint, query, params, timeout) : runLocally(query, timeout);
        } catch (QueryCancelledException | QueryExceptionHTTP e) {
            if (e instanceof QueryExceptionHTTP http && !(http.getCause() instanceof HttpTimeoutException))
                throw e;
            spec.commandLine().getErr().println("lsgraph: query '" + query.name() + "' gave no complete answer within "
                    + timeoutSeconds + " s and was stopped (a longer --timeout, or 0 for none, lets it run on)");
            return ExitCodes.FAILURE;
        }
        fmt.write(query.name(), result, out);
        return ExitCodes.OK;
    }

    private QueryResult runLocally(NamedQuery query, Duration timeout) {
        QueryRunner.bind(query, params); // a bad parameter is reported before the database is opened
        try (GraphStore store = database.open()) {
            if (database.keepsBundleCurrent())
                new BundleInstaller(store, System.err).ensureCurrent(database.bundle());
            return QueryRunner.run(store, query, params, timeout);
        }
    }

    private static String paramsOf(NamedQuery q) {
        if (q.params().isEmpty())
            return "";
        return "  [" + String.join(", ", q.params().stream()
                .map(p -> p.name() + "=" + p.type().label() + (p.optional() ? "?" : "")).toList()) + "]";
    }
}
