package se.lsgraph.server;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.lsgraph.catalog.CatalogGraph;
import se.lsgraph.catalog.CatalogSettings;
import se.lsgraph.store.GraphStore;
import se.lsgraph.store.WaitThenRead;

/**
 * The server's catalogue record from its start on. Every write rewrites the record from the moment
 * the server starts; bringing the stored record current (reading it back, taking or making the VoID
 * counts, writing it when the URL or the store changed) waits until the finder answered its first
 * search, because on two cores it took the CPU from that search (docs/benchmarks/startup-1m.md). A
 * request for /catalog or /void, or a caller of {@link #bringCurrent}, does not wait: it brings the
 * record current at once. A replica (read-only store) serves the record its build wrote and has no step.
 */
final class CatalogueStep implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LsgraphServer.class);

    private volatile CatalogGraph graph;
    /** Interrupted by a stop only while it waits, never inside a write to TDB2. */
    private WaitThenRead afterFirstSearch;

    /** Rewrites the record inside every write from now on; the base URL is asked at each write. */
    synchronized void follow(GraphStore store, Supplier<String> baseUrl, CatalogSettings settings) {
        graph = CatalogGraph.follow(store, baseUrl, settings);
    }

    /** Brings the record current in a thread of its own once {@code firstSearch} returns (it waits for the first search). */
    synchronized void runAfter(Runnable firstSearch) {
        if (graph == null)
            return;
        afterFirstSearch = WaitThenRead.start("lsgraph-catalogue-record", firstSearch, this::bringCurrent);
    }

    /** Brings the stored record current now unless that was done; returns at once for a replica. */
    void bringCurrent() {
        CatalogGraph following = graph;
        if (following == null || following.current())
            return;
        long started = System.nanoTime();
        synchronized (this) {
            if (following.current())
                return;
            boolean fromStoredRecord = following.bringCurrent();
            if (following.current())
                LOG.info("Catalogue record current in {} ms: {}", (System.nanoTime() - started) / 1_000_000, fromStoredRecord
                        ? "VoID counts taken from the stored record (no write since it was written)" : "VoID counts counted from the store");
        }
    }

    /** True once the stored record was brought current (always for a replica). */
    boolean current() {
        CatalogGraph following = graph;
        return following == null || following.current();
    }

    /** Stops the wait for the first search and the rewrites; a step under way ends first. */
    @Override
    public void close() {
        WaitThenRead waiting;
        CatalogGraph following;
        synchronized (this) {
            waiting = afterFirstSearch;
            following = graph;
        }
        if (waiting != null)
            waiting.requestStop();
        if (following != null)
            following.close();
    }
}
