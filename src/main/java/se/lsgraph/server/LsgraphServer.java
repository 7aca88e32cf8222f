package se.lsgraph.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.lsgraph.catalog.CatalogSettings;
import se.lsgraph.export.DumpFiles;
import se.lsgraph.reconcile.ReconcileLimits;
import se.lsgraph.load.guard.InputLimits;
import se.lsgraph.search.BuildBudget;
import se.lsgraph.search.FinderBuilder;
import se.lsgraph.search.FinderIndex;
import se.lsgraph.server.limits.BoundedRegexRewrite;
import se.lsgraph.server.limits.CancelledResults;
import se.lsgraph.server.limits.HeapWatchdog;
import se.lsgraph.server.limits.OverdueQueries;
import se.lsgraph.server.limits.ParseBudget;
import se.lsgraph.server.limits.QueryTickets;
import se.lsgraph.server.limits.RunningQueries;
import se.lsgraph.server.limits.JettyLimits;
import se.lsgraph.server.limits.LoadAllowList;
import se.lsgraph.server.limits.PublicFunctions;
import se.lsgraph.server.limits.ServerLimits;
import se.lsgraph.server.probes.LivenessServlet;
import se.lsgraph.server.probes.ReadinessServlet;
import se.lsgraph.server.probes.StoreCheck;
import se.lsgraph.server.limits.UploadGuard;
import se.lsgraph.server.limits.UpdateBudget;
import se.lsgraph.server.logging.QuietLogs;
import se.lsgraph.store.GraphStore;

/**
 * The SPARQL server: embedded Fuseki with the dataset at /lsgraph. Read-only unless update
 * credentials are given; then SPARQL Update (/lsgraph/update) and Graph Store Protocol writes
 * (/lsgraph/gsp-rw) need HTTP basic authentication as that user. A store opened read-only (a
 * replica) refuses every write path with 405 and is never written to. /ready and /health are the
 * probes for load balancers.
 */
public final class LsgraphServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LsgraphServer.class);
    public static final String DATASET = "/lsgraph";
    private static final String REALM = "lsgraph";
    /** Rows per /api/queries answer unless configured: enough for every catalogue query on the bundled graph. */
    public static final long DEFAULT_ROW_LIMIT = 10_000;

    private final FusekiServer fuseki;
    private final GraphStore store;
    private final String host;
    private final String publicUrl;
    private final CatalogSettings catalogSettings;
    private final DumpFiles dumps;
    private final BackgroundFinder finder;
    private final CatalogueStep catalogue;
    private final RunningQueries runningQueries;
    private final int memoryLimitPercent;
    private HeapWatchdog heapWatchdog;
    private OverdueQueries overdueQueries;
    private final Duration queryTimeout;

    private LsgraphServer(FusekiServer fuseki, GraphStore store, String host, String publicUrl, CatalogSettings catalogSettings,
                          DumpFiles dumps, BackgroundFinder finder, CatalogueStep catalogue, RunningQueries runningQueries,
                          int memoryLimitPercent, Duration queryTimeout) {
        this.catalogue = catalogue;
        this.queryTimeout = queryTimeout;
        this.runningQueries = runningQueries;
        this.memoryLimitPercent = memoryLimitPercent;
        this.dumps = dumps;
        this.finder = finder;
        this.fuseki = fuseki;
        this.store = store;
        this.host = host;
        this.publicUrl = publicUrl;
        this.catalogSettings = catalogSettings;
    }

    public static Builder builder(GraphStore store) {
        return new Builder(store);
    }

    /**
     * Starts serving. Every write from now on rewrites the catalogue record in its named graph; the
     * stored record is brought current (see {@link #bringCatalogueCurrent}) once the finder answered
     * its first search, or at the first request for /catalog or /void.
     */
    public LsgraphServer start() {
        heapWatchdog = HeapWatchdog.start(runningQueries, memoryLimitPercent);
        overdueQueries = OverdueQueries.start(runningQueries, queryTimeout);
        if (!store.readOnly()) // a replica serves the catalogue record its build published (build-db --public-url)
            catalogue.follow(store, this::catalogBaseUrl, catalogSettings);
        fuseki.start();
        catalogue.runAfter(finder::awaitStartupSearch);
        return this;
    }

    private String catalogBaseUrl() {
        if (publicUrl != null)
            return publicUrl;
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /**
     * Writes the catalogue record as it is now into its named graph (keeping the modified date of
     * the last write) unless the stored one already says that, if the server has not done so yet:
     * for a caller that reads the stored record right after the start.
     */
    public void bringCatalogueCurrent() {
        catalogue.bringCurrent();
    }

    /** True once the stored catalogue record was brought current since the start (always for a replica). */
    public boolean catalogueCurrent() {
        return catalogue.current();
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    public String sparqlUrl(String host) {
        return "http://" + host + ":" + port() + DATASET + "/sparql";
    }

    public void join() {
        fuseki.join();
    }

    /** True once the finder's index is built (or opened from disk) and searches are answered. */
    public boolean searchReady() {
        return finder.ready();
    }

    /** What each update of the finder's index since the start did, oldest first: whether it read the store, and how much. */
    public List<FinderBuilder.IndexUpdate> searchIndexUpdates() {
        return finder.updates();
    }

    /**
     * True once the finder answered a search, or some seconds after its first build if none came:
     * work at start that is only for the operator waits for it (see {@link BackgroundFinder#startupSearchServed}).
     */
    public boolean startupSearchServed() {
        return finder.startupSearchServed();
    }

    /**
     * Waits until the finder's first build is done (at most its budget) and it answered a search or
     * its grace passed; returns early if the build failed or the thread is interrupted.
     */
    public void awaitStartupSearch() {
        finder.awaitStartupSearch();
    }

    /** Waits, at most the timeout, for the finder's index build under way; true if searches are answered now. */
    public boolean awaitSearchReady(Duration timeout) {
        return finder.awaitBuild(timeout);
    }

    @Override
    public void close() {
        fuseki.stop();
        if (heapWatchdog != null)
            heapWatchdog.close();
        if (overdueQueries != null)
            overdueQueries.close();
        catalogue.close();
        dumps.close();
        finder.close();
    }

    public static final class Builder {
        private final GraphStore store;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private long rowLimit = DEFAULT_ROW_LIMIT;
        private Credentials updateCredentials;
        private boolean verbose;
        private String publicUrl;
        private CatalogSettings catalogSettings = CatalogSettings.NONE;
        private FinderIndex searchIndex;
        private Duration searchBudget = BuildBudget.DEFAULT;
        private ServerLimits limits = ServerLimits.defaults(queryTimeout);
        private ReconcileLimits reconcileLimits = ReconcileLimits.DEFAULTS;
        private String deployedBuild;
        private List<String> allowedLoads = List.of();

        private Builder(GraphStore store) {
            this.store = store;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** At most this many rows per /api/queries answer; the answer says when it left rows out. */
        public Builder rowLimit(long rows) {
            if (rows < 1)
                throw new IllegalArgumentException("the row limit must be at least 1, not " + rows);
            this.rowLimit = rows;
            return this;
        }

        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = timeout;
            this.limits = limits.withTimeout(timeout);
            return this;
        }

        /** Request size, threads and connections; the timeout in them follows {@link #queryTimeout}. */
        public Builder limits(ServerLimits limits) {
            this.limits = limits.withTimeout(queryTimeout);
            return this;
        }

        /** Queries per reconciliation batch and characters per query text. */
        public Builder reconcileLimits(ReconcileLimits limits) {
            this.reconcileLimits = limits;
            return this;
        }

        /** Enables update and upload for this user only. */
        public Builder allowUpdate(Credentials credentials) {
            this.updateCredentials = credentials;
            return this;
        }

        /** IRI prefixes SPARQL Update's LOAD may read from (default: none, every LOAD is refused). */
        public Builder allowLoad(List<String> prefixes) {
            this.allowedLoads = List.copyOf(prefixes);
            return this;
        }

        /** The URL the server is reached at from outside, for the catalogue record; default: the request's. */
        public Builder publicUrl(String url) {
            this.publicUrl = url;
            return this;
        }

        /** Where the finder keeps its index (default: in memory, built at every start). */
        public Builder searchIndex(FinderIndex index) {
            this.searchIndex = index;
            return this;
        }

        /** How long building the finder's index may take (its own budget, not the query timeout). */
        public Builder searchBudget(Duration budget) {
            this.searchBudget = budget;
            return this;
        }

        /** Who publishes this deployment, for the catalogue record; without it the record leaves those fields out. */
        public Builder catalogSettings(CatalogSettings settings) {
            this.catalogSettings = settings;
            return this;
        }

        /** The id of the build-db output served, which /ready reports (so a rollout can see which build a replica serves). */
        public Builder deployedBuild(String buildId) {
            this.deployedBuild = buildId;
            return this;
        }

        public Builder verbose(boolean verbose) {
            this.verbose = verbose;
            return this;
        }

        public LsgraphServer build() {
            requireValidHost(host);
            QuietLogs.install();
            store.dataset().getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            // Queries from the web may not make the server fetch other URLs (SERVICE).
            store.dataset().getContext().set(ARQ.httpServiceAllowed, false);
            // Updates run under the same budget as queries, and no expression escapes it.
            store.dataset().getContext().set(ARQ.updateTimeout, Long.toString(queryTimeout.toMillis()));
            BoundedRegexRewrite.install(store.dataset().getContext());
            PublicFunctions.install(store.dataset().getContext());
            LoadAllowList.install(store.dataset().getContext(), allowedLoads);
            QueryTickets.install(store.dataset().getContext());
            RunningQueries running = new RunningQueries(queryTimeout);
            ParseBudget.install();
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(isLoopback(host))
                    .verbose(verbose)
                    .enablePing(true)
                    .add(DATASET, dataService());
            BackgroundFinder finder = WebContent.configure(fuseki, store, publicUrl, rowLimit,
                    searchIndex != null ? searchIndex : FinderIndex.inMemory(), searchBudget);
            CatalogueStep catalogue = new CatalogueStep();
            DumpFiles dumps = StandardsContent.configure(fuseki, store, publicUrl, catalogSettings, catalogue, reconcileLimits);
            fuseki.addServlet("/ready", new ReadinessServlet(List.of(new StoreCheck(store), new FinderCheck(finder)), deployedBuild));
            fuseki.addServlet("/health", new LivenessServlet());
            if (store.readOnly()) {
                if (updateCredentials != null)
                    throw new IllegalArgumentException("A read-only database cannot be served with updates allowed");
                ReadOnlyFilter readOnly = new ReadOnlyFilter();
                fuseki.addFilter(DATASET, readOnly);
                fuseki.addFilter(DATASET + "/*", readOnly);
            }
            CancelledResults cancelled = new CancelledResults(queryTimeout, running, limits.memoryLimitPercent());
            for (String endpoint : List.of(DATASET, DATASET + "/sparql", DATASET + "/query"))
                fuseki.addFilter(endpoint, cancelled);
            if (updateCredentials != null) {
                fuseki.securityHandler(securityHandler());
                fuseki.addFilter(DATASET + "/gsp-rw", new UploadGuard(InputLimits.DEFAULT, limits.maxRequestBytes()));
                fuseki.addFilter(DATASET + "/update", new UpdateBudget(queryTimeout, running, limits.memoryLimitPercent(), allowedLoads));
            }
            JettyLimits.configure(fuseki, limits);
            FusekiServer server = fuseki.build();
            JettyLimits.apply(server, limits);
            WebContent.secure(server);
            bindHost(server, host);
            return new LsgraphServer(server, store, host, publicUrl, catalogSettings, dumps, finder, catalogue, running,
                    limits.memoryLimitPercent(), queryTimeout);
        }

        private DataService dataService() {
            DataService.Builder service = DataService.newBuilder(store.dataset())
                    .addEndpoint(Operation.Query, "")
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "")
                    .addEndpoint(Operation.GSP_R, "data")
                    .addEndpoint(Operation.GSP_R, "get");
            if (updateCredentials != null) {
                AuthPolicy onlyUpdater = Auth.policyAllowSpecific(updateCredentials.user());
                service.addEndpoint(Operation.Update, "update", onlyUpdater)
                        .addEndpoint(Operation.GSP_RW, "gsp-rw", onlyUpdater);
            }
            return service.build();
        }

        private ConstraintSecurityHandler securityHandler() {
            var users = JettySecurityLib.makeUserStore(updateCredentials.user(), updateCredentials.password());
            ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(REALM, users);
            JettySecurityLib.addPathConstraint(handler, DATASET + "/update");
            JettySecurityLib.addPathConstraint(handler, DATASET + "/gsp-rw");
            return handler;
        }

        private static boolean isLoopback(String host) {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("Unknown host: " + host, e);
            }
        }

        private static void requireValidHost(String host) {
            isLoopback(host);
        }

        /** Fuseki binds loopback or all interfaces; narrow the connector to the asked address. */
        private static void bindHost(FusekiServer server, String host) {
            for (Connector c : server.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc)
                    sc.setHost(host);
        }
    }
}
