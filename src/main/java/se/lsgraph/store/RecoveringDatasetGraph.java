package se.lsgraph.store;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TDB2 database connection that reconnects after every aborted write transaction.
 * <p>
 * Why: in Jena 5.6.0 TDB2 corrupts its node table when a write transaction that added new
 * nodes is aborted and a later write transaction reads before it writes (every later read then
 * fails with "NodeTableTRDF/Read ... Unrecognized type 0"). Closing the database (expel) and
 * connecting again right after the abort avoids it. Every abort, whether from our loaders or from a
 * failed SPARQL update in the server, passes through this class, so the reconnect cannot be missed.
 * <p>
 * The default graph is the union of the named graphs, for queries and for reads of the default
 * graph alike.
 */
public final class RecoveringDatasetGraph extends DatasetGraphWrapper {
    private static final Logger LOG = LoggerFactory.getLogger(RecoveringDatasetGraph.class);
    private static final Duration READERS_GRACE = Duration.ofSeconds(30);
    private static final Duration RECONNECT_SLICE = Duration.ofMillis(50);

    private final Location location;
    private final Context settings;
    private final boolean readOnly;
    private volatile DatasetGraph current;
    private volatile boolean reconnectPending;
    private final AtomicInteger reconnects = new AtomicInteger();
    private final AtomicLong commits = new AtomicLong();
    private final List<Consumer<DatasetGraph>> beforeCommit = new CopyOnWriteArrayList<>();
    private final List<Consumer<StoreChange>> afterCommit = new CopyOnWriteArrayList<>();
    /** Transactions hold it shared; a reconnect takes it exclusively, so no one is left on a closed connection. */
    private final ReentrantReadWriteLock connection = new ReentrantReadWriteLock();
    private final ThreadLocal<Boolean> holdsConnection = ThreadLocal.withInitial(() -> false);
    /** What the write transaction of this thread changed, for the steps before commit; null outside a write. */
    private final ThreadLocal<WriteChanges> changes = new ThreadLocal<>();

    /**
     * @param settings added to the database's own context on every connection; that context must be
     *                 kept, not replaced, because it carries TDB2's query executor (without it ARQ's
     *                 general executor runs TDB2's plans, without TDB2's pattern reordering)
     */
    RecoveringDatasetGraph(Location location, Context settings) {
        this(location, settings, false);
    }

    /** @param readOnly refuse every write transaction (a replica serving a built database) */
    RecoveringDatasetGraph(Location location, Context settings, boolean readOnly) {
        super(null, null);
        this.location = location;
        this.settings = settings.copy();
        this.readOnly = readOnly;
        this.current = connect();
    }

    public boolean readOnly() {
        return readOnly;
    }

    Location location() {
        return location;
    }

    private DatasetGraph connect() {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location, NodeCacheSizes.forThisHeap());
        dsg.getContext().putAll(settings);
        return dsg;
    }

    /**
     * What callers set in the context since (the server's query timeout, the ban on SERVICE, the
     * text index) must survive a reconnect; what the new connection defines itself (its query
     * executor) is its own.
     */
    private static void keepSettings(Context before, Context after) {
        for (var key : before.keys())
            if (!after.isDefined(key))
                after.set(key, before.get(key));
    }

    /** The context of the current TDB2 connection, with the settings added. */
    @Override
    public Context getContext() {
        return current.getContext();
    }

    /** How many times the connection was re-established after an aborted write. */
    public int reconnects() {
        return reconnects.get();
    }

    @Override
    protected DatasetGraph get() {
        return current;
    }

    /** The underlying TDB2 connection, for the query engine; changes after a reconnect. */
    public DatasetGraph tdb() {
        return current;
    }

    @Override
    public Graph getDefaultGraph() {
        return current.getUnionGraph();
    }

    /** How many write transactions were committed: tells caches built from the store to rebuild. */
    public long commits() {
        return commits.get();
    }

    @Override
    public void begin(TxnType type) {
        if (readOnly) {
            // A read that may promote becomes a plain read: promotion is refused below.
            refuseIfWrite(type == TxnType.WRITE);
            holdConnection(() -> super.begin(TxnType.READ));
            return;
        }
        boolean mayWrite = type == TxnType.WRITE || type == TxnType.READ_COMMITTED_PROMOTE || type == TxnType.READ_PROMOTE;
        beforeBegin(mayWrite);
        holdConnection(() -> super.begin(type));
        changes.set(mayWrite ? recorder() : null);
    }

    @Override
    public void begin(ReadWrite mode) {
        refuseIfWrite(readOnly && mode == ReadWrite.WRITE);
        beforeBegin(mode == ReadWrite.WRITE);
        holdConnection(() -> super.begin(mode));
        changes.set(mode == ReadWrite.WRITE ? recorder() : null);
    }

    /**
     * Steps run inside every write transaction just before it commits, so that what is derived from
     * the data and stored beside it (the catalogue graph) commits with the data, whichever path wrote.
     */
    void beforeEveryCommit(Consumer<DatasetGraph> step) {
        beforeCommit.add(step);
    }

    void removeBeforeCommit(Consumer<DatasetGraph> step) {
        beforeCommit.remove(step);
    }

    /** Listeners told, after every committed write, which subjects it changed (caches update only those). */
    void afterEveryCommit(Consumer<StoreChange> listener) {
        afterCommit.add(listener);
    }

    void removeAfterCommit(Consumer<StoreChange> listener) {
        afterCommit.remove(listener);
    }

    @Override
    public boolean promote(Promote mode) {
        if (readOnly)
            return false;
        return super.promote(mode);
    }

    private void refuseIfWrite(boolean write) {
        if (write)
            throw new ReadOnlyStoreException("The database " + location.getDirectoryPath() + " is open read-only: no write is possible");
    }

    @Override
    public void commit() {
        boolean write = isInTransaction() && transactionMode() == ReadWrite.WRITE;
        if (write)
            for (Consumer<DatasetGraph> step : beforeCommit)
                step.accept(this);
        super.commit();
        if (write)
            publish(changes.get(), commits.incrementAndGet());
    }

    private void publish(WriteChanges written, long generation) {
        if (afterCommit.isEmpty())
            return;
        StoreChange change = StoreChange.of(generation, written);
        for (Consumer<StoreChange> listener : afterCommit) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // the write is committed: a failing listener must not make it look failed
                LOG.warn("A listener to committed changes failed: {}", e.getMessage());
            }
        }
    }

    private void holdConnection(Runnable begin) {
        connection.readLock().lock();
        try {
            begin.run();
            holdsConnection.set(true);
        } catch (RuntimeException e) {
            connection.readLock().unlock();
            throw e;
        }
    }

    private void releaseConnection() {
        if (holdsConnection.get()) {
            holdsConnection.set(false);
            connection.readLock().unlock();
        }
    }

    @Override
    public void begin() {
        begin(TxnType.READ_PROMOTE);
    }

    @Override
    public void abort() {
        boolean wasWrite = isInTransaction() && transactionMode() == ReadWrite.WRITE;
        super.abort();
        if (wasWrite)
            reconnectPending = true;
    }

    @Override
    public void end() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE && !reconnectPending) {
            // A write ended without commit is an abort too.
            reconnectPending = true;
        }
        try {
            super.end();
        } finally {
            changes.remove();
            releaseConnection();
        }
        if (reconnectPending)
            tryReconnect();
    }

    @Override
    public void close() {
        TDBInternal.expel(current);
    }

    private void beforeBegin(boolean write) {
        if (write && reconnectPending)
            reconnectWaitingForReaders();
    }

    /** Reconnects now if no transaction is open; otherwise the next write does it first. */
    private void tryReconnect() {
        if (!connection.writeLock().tryLock())
            return;
        try {
            if (reconnectPending)
                reconnect();
        } finally {
            connection.writeLock().unlock();
        }
    }

    /**
     * Waits for the readers still on the old connection to finish, then reconnects. It queues for
     * the lock in short slices: a writer queued on a ReentrantReadWriteLock makes every new reader
     * queue behind it, so queueing for the whole wait would let one long read after a failed update
     * stop all reads until it ended; never queueing (polling with tryLock) starves the writer under
     * a steady stream of short reads, which always leaves one reader holding the lock. In slices,
     * a new read waits at most one slice, and the writer gets in as soon as the reads it queued
     * behind have ended.
     */
    private void reconnectWaitingForReaders() {
        long deadline = System.nanoTime() + READERS_GRACE.toNanos();
        try {
            while (!connection.writeLock().tryLock(RECONNECT_SLICE.toMillis(), TimeUnit.MILLISECONDS)) {
                if (System.nanoTime() > deadline)
                    throw new StoreException("Cannot reconnect after an aborted write: transactions still open after "
                            + READERS_GRACE.toSeconds() + " s");
                Thread.sleep(RECONNECT_SLICE.toMillis()); // out of the queue: the reads that waited go on
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting to reconnect", e);
        }
        try {
            if (reconnectPending)
                reconnect();
        } finally {
            connection.writeLock().unlock();
        }
    }

    private void reconnect() {
        if (location.isMem()) {
            // An in-memory database cannot be closed and reopened without losing it.
            LOG.warn("Aborted write on an in-memory database: not reconnecting");
            reconnectPending = false;
            return;
        }
        Context before = current.getContext();
        TDBInternal.expel(current);
        DatasetGraph next = connect();
        keepSettings(before, next.getContext());
        current = next;
        reconnectPending = false;
        reconnects.incrementAndGet();
        LOG.info("Reconnected to {} after an aborted write transaction", location.getDirectoryPath());
    }


    /**
     * Makes a database built elsewhere (a staged load: {@code staged}, a closed TDB2 database
     * folder) the store's next generation, as TDB2's compaction does: its {@code Data-NNNN} folder is
     * renamed, in one atomic step, to the number after the current one, which TDB2 then opens (it
     * always opens the highest). Until the rename the current generation is untouched, so a crash
     * before it loses nothing and leaves only the staged folder; readers in this process are let
     * finish first and then see the new generation, never half of it. The old generation is deleted.
     */
    void installGeneration(java.nio.file.Path staged) {
        if (location.isMem())
            throw new StoreException("An in-memory database has no generations to switch");
        waitForExclusive();
        try {
            Context before = current.getContext();
            java.nio.file.Path old = org.apache.jena.tdb2.sys.DatabaseOps.findStorageLocation(location);
            TDBInternal.expel(current);
            java.nio.file.Path next = GenerationFolders.next(old);
            GenerationFolders.moveAtomically(GenerationFolders.only(staged), next);
            DatasetGraph connected = connect();
            keepSettings(before, connected.getContext());
            current = connected;
            reconnectPending = false;
            GenerationFolders.delete(old);
            GenerationFolders.delete(staged);
        } finally {
            connection.writeLock().unlock();
        }
        publish(null, commits.incrementAndGet());
    }

    /** Takes the connection exclusively, letting the open transactions finish (see {@link #reconnectWaitingForReaders}). */
    private void waitForExclusive() {
        long deadline = System.nanoTime() + READERS_GRACE.toNanos();
        try {
            while (!connection.writeLock().tryLock(RECONNECT_SLICE.toMillis(), TimeUnit.MILLISECONDS)) {
                if (System.nanoTime() > deadline)
                    throw new StoreException("Cannot switch to the loaded generation: transactions still open after "
                            + READERS_GRACE.toSeconds() + " s; nothing was changed");
                Thread.sleep(RECONNECT_SLICE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting to switch generations; nothing was changed", e);
        }
    }

    /** Changes are recorded only for the steps before and listeners after commit: without them, a write pays nothing. */
    private WriteChanges recorder() {
        return beforeCommit.isEmpty() && afterCommit.isEmpty() ? null : new WriteChanges();
    }

    /** What the write transaction of the calling thread changed so far, or null outside a write (or without steps). */
    WriteChanges changesOfThisWrite() {
        return changes.get();
    }

    // Every write path ends in these methods (SPARQL Update, Graph Store uploads through getGraph,
    // loads), so the changes of a write are recorded whichever path wrote.

    @Override
    public Graph getGraph(Node graphNode) {
        if (Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode))
            return super.getGraph(graphNode);
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public void add(Quad quad) {
        WriteChanges recorder = changes.get();
        if (recorder != null && recorder.recording() && !current.contains(quad))
            recorder.added(quad);
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        add(Quad.create(g, s, p, o));
    }

    @Override
    public void delete(Quad quad) {
        WriteChanges recorder = changes.get();
        if (recorder != null && recorder.recording() && current.contains(quad))
            recorder.removed(quad);
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        delete(Quad.create(g, s, p, o));
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        recordRemovalOf(g, s, p, o);
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void removeGraph(Node graphName) {
        recordRemovalOf(graphName, Node.ANY, Node.ANY, Node.ANY);
        super.removeGraph(graphName);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        removeGraph(graphName);
        graph.find().forEachRemaining(t -> add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void clear() {
        WriteChanges recorder = changes.get();
        if (recorder != null)
            recorder.unlisted();
        super.clear();
    }

    private void recordRemovalOf(Node g, Node s, Node p, Node o) {
        WriteChanges recorder = changes.get();
        if (recorder == null)
            return;
        for (var it = current.find(g, s, p, o); it.hasNext() && recorder.recording(); )
            recorder.removed(it.next());
    }
}
