package se.lsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lsgraph.build.BuildManifest;
import se.lsgraph.catalog.CatalogSettings;
import se.lsgraph.load.BundleInstaller;
import se.lsgraph.server.Credentials;
import se.lsgraph.search.FinderIndex;
import se.lsgraph.server.LsgraphServer;
import se.lsgraph.reconcile.ReconcileLimits;
import se.lsgraph.server.limits.ServerLimits;
import se.lsgraph.store.GraphStore;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the graph over SPARQL at http://HOST:PORT/lsgraph/sparql (read-only unless --allow-update).")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--memory", description = "Use an in-memory database instead of --db (nothing is kept).")
    boolean memory;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Query and update timeout in seconds; also how long an idle or non-reading connection is kept (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-request-size", defaultValue = "" + ServerLimits.DEFAULT_MAX_REQUEST_BYTES, paramLabel = "BYTES",
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--threads", defaultValue = "" + ServerLimits.DEFAULT_MAX_THREADS,
            description = "Request threads (default: ${DEFAULT-VALUE}); see docs/security.md.")
    int threads;

    @Option(names = "--threads-per-client", defaultValue = "" + ServerLimits.DEFAULT_THREADS_PER_CLIENT,
            description = "Requests of one client address served at once; more wait (default: ${DEFAULT-VALUE}).")
    int threadsPerClient;

    @Option(names = "--max-connections", defaultValue = "" + ServerLimits.DEFAULT_MAX_CONNECTIONS,
            description = "Open connections at once (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--memory-limit", defaultValue = "" + ServerLimits.DEFAULT_MEMORY_LIMIT_PERCENT, paramLabel = "PERCENT",
            description = "Heap in use after a garbage collection past which the longest-running query is stopped with 503 "
                    + "(default: ${DEFAULT-VALUE} %% of -Xmx); see docs/security.md.")
    int memoryLimitPercent;

    @ArgGroup(exclusive = false)
    UpdateOptions update;

    @Option(names = "--search-budget", defaultValue = "600", paramLabel = "SECONDS",
            description = "How long building the finder's index (in the background, at start and after writes) may take (default: ${DEFAULT-VALUE}).")
    long searchBudgetSeconds;

    @Option(names = "--row-limit", defaultValue = "10000", paramLabel = "ROWS",
            description = "At most this many rows per /api/queries answer, which says when rows were left out (default: ${DEFAULT-VALUE}).")
    long rowLimit;

    @Option(names = "--reconcile-max-batch", defaultValue = "" + ReconcileLimits.DEFAULT_MAX_BATCH, paramLabel = "QUERIES",
            description = "At most this many queries per /reconcile batch (and ids per data extension); more get 413 (default: ${DEFAULT-VALUE}).")
    int reconcileMaxBatch;

    @Option(names = "--reconcile-max-query-length", defaultValue = "" + ReconcileLimits.DEFAULT_MAX_QUERY_LENGTH, paramLabel = "CHARS",
            description = "At most this many characters per /reconcile query text or property value; longer gets 400 (default: ${DEFAULT-VALUE}).")
    int reconcileMaxQueryLength;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The URL the server is reached at, used in the catalogue record (/catalog); default: each request's own.")
    String publicUrl;

    @Option(names = "--catalog-settings", paramLabel = "FILE",
            description = "Publisher and contact for the catalogue record (properties: publisher.name, publisher.type, "
                    + "publisher.organisation-number, contact.email); see docs/standards.md.")
    Path catalogSettings;

    @Option(names = "--read-only",
            description = "Serve a database built by build-db without ever writing to it (a replica behind a load balancer): "
                    + "the bundle is not installed, every write path answers 405; /ready tells when it is ready. See docs/deploy.md.")
    boolean readOnly;

    @Option(names = "--allow-load", paramLabel = "IRI-PREFIX",
            description = "Let SPARQL Update's LOAD read IRIs under this prefix (repeatable); without it every LOAD is refused.")
    java.util.List<String> allowLoad = new java.util.ArrayList<>();

    @Option(names = "--verbose", description = "Log each request in detail.")
    boolean verbose;

    static final class UpdateOptions {
        @Option(names = "--allow-update", required = true,
                description = "Enable SPARQL Update (/lsgraph/update) and uploads (/lsgraph/gsp-rw) for one user.")
        boolean allowUpdate;

        @Option(names = "--user", required = true, description = "The user allowed to update.")
        String user;

        @Option(names = "--password-env", paramLabel = "VAR", description = "Environment variable holding the password.")
        String passwordEnv;

        @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the password.")
        Path passwordFile;

        Credentials credentials() {
            if ((passwordEnv == null) == (passwordFile == null))
                throw new IllegalArgumentException("--allow-update needs exactly one of --password-env or --password-file");
            return passwordEnv != null ? Credentials.fromEnvironment(user, passwordEnv)
                    : Credentials.fromFile(user, passwordFile);
        }
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("--port must be between 0 and 65535");
        if (publicUrl != null)
            publicUrl = se.lsgraph.catalog.CatalogRecord.requireBaseUrl(publicUrl);
        if (searchBudgetSeconds <= 0)
            throw new IllegalArgumentException("--search-budget must be a positive number of seconds");
        if (timeoutSeconds <= 0)
            throw new IllegalArgumentException("--timeout must be a positive number of seconds");
        Credentials credentials = update == null ? null : update.credentials();
        CatalogSettings settings = catalogSettings == null ? CatalogSettings.NONE : CatalogSettings.read(catalogSettings);
        var out = spec.commandLine().getOut();
        BuildManifest build = null;
        GraphStore store;
        if (readOnly) {
            build = requireBuild();
            store = GraphStore.openReadOnly(database.dbPath());
            out.println("Serving build " + build.id() + " read-only from " + database.dbPath().toAbsolutePath());
        } else {
            store = memory ? GraphStore.inMemory() : database.open();
            boolean rebuilt = new BundleInstaller(store, System.err).ensureCurrent(database.bundle());
            out.println((rebuilt ? "Built the bundled graph in " : "Bundled graph is current in ") + store.description());
        }
        LsgraphServer.Builder builder = LsgraphServer.builder(store)
                .host(host).port(port)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds))
                .rowLimit(rowLimit)
                .limits(ServerLimits.defaults(Duration.ofSeconds(timeoutSeconds)).withMaxRequestBytes(maxRequestBytes)
                        .withThreads(threads, threadsPerClient).withMaxConnections(maxConnections)
                        .withMemoryLimitPercent(memoryLimitPercent))
                .reconcileLimits(new ReconcileLimits(reconcileMaxBatch, reconcileMaxQueryLength))
                .publicUrl(publicUrl)
                .catalogSettings(settings)
                .searchIndex(searchIndex(store))
                .deployedBuild(build == null ? null : build.id())
                .searchBudget(Duration.ofSeconds(searchBudgetSeconds))
                .allowLoad(allowLoad)
                .verbose(verbose);
        if (credentials != null)
            builder.allowUpdate(credentials);
        LsgraphServer server = builder.build().start();
        StartupNotes notes = StartupNotes.start(server, store, readOnly, out);
        for (String missing : settings.missingMandatory())
            out.println("The catalogue record (/catalog) lacks " + missing + ": set it with --catalog-settings");
        out.println("lsgraph is serving SPARQL at " + server.sparqlUrl(host)
                + (readOnly ? " (read-only database)" : update == null ? " (read-only)" : " (updates allowed for " + update.user + ")"));
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // No note starts once the stop is asked for; the one being counted ends before the store closes.
            notes.requestStop();
            server.close();
            notes.close();
            store.close();
        }));
        server.join();
        return ExitCodes.OK;
    }

    /** A replica serves only a finished build: one whose manifest build-db wrote last. */
    private BuildManifest requireBuild() {
        if (memory || update != null || database.sources != null)
            throw new IllegalArgumentException("--read-only serves a database built by build-db: it cannot be combined with "
                    + "--memory, --allow-update or --sources");
        BuildManifest build = BuildManifest.readIfPresent(database.dbPath());
        if (build == null)
            throw new IllegalArgumentException(database.dbPath() + " is not a finished build (no " + BuildManifest.FILE
                    + "): build one with lsgraph build-db --output DIR");
        return build;
    }

    private FinderIndex searchIndex(GraphStore store) {
        if (memory)
            return FinderIndex.inMemory();
        return readOnly ? FinderIndex.forReadOnly(database.dbPath(), store) : FinderIndex.of(database.dbPath());
    }
}
