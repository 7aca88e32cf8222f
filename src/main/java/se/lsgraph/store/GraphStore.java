package se.lsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The embedded TDB2 database: one named graph per source, the default graph the union of all.
 * <p>
 * Writes go through {@link #write}, which is only called once input is fully parsed and
 * validated; an exception inside it aborts the transaction, and the connection is re-established
 * before the next write (see {@link RecoveringDatasetGraph}).
 */
public final class GraphStore implements AutoCloseable {
    static {
        // Jena must initialise as a whole before any TDB2 class is touched.
        JenaSystem.init();
    }

    private final RecoveringDatasetGraph dataset;
    private final String description;
    /** The database folder, or null in memory. */
    private final DeadSpace deadSpace;

    private GraphStore(Location location, String description, boolean readOnly) {
        QueryEngineForStore.register();
        Context context = new Context();
        context.set(TDB2.symUnionDefaultGraph, true);
        this.dataset = new RecoveringDatasetGraph(location, context, readOnly);
        this.description = description;
        this.deadSpace = location.isMem() ? null : new DeadSpace(Path.of(location.getDirectoryPath()));
    }

    /** Opens (creating if needed) the database in a directory. */
    public static GraphStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (Exception e) {
            throw new StoreException("Cannot create database directory " + directory + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(directory))
            throw new StoreException("Database directory is not writable: " + directory);
        // What a bulk load that crashed before switching generations left behind (never live data).
        GenerationFolders.delete(directory.resolve(GenerationFolders.STAGING));
        return new GraphStore(Location.create(directory), directory.toAbsolutePath().toString(), false);
    }

    /**
     * Opens an existing database for reading only: every write transaction is refused, so the
     * database files are never changed (TDB2 only adds its lock file while the store is open).
     * Several replicas each open their own copy; TDB2 lets one process at a time open a directory.
     */
    public static GraphStore openReadOnly(Path directory) {
        if (!isDatabase(directory))
            throw new StoreException("Not a TDB2 database (no Data-NNNN folder): " + directory
                    + "; build one with lsgraph build-db");
        return new GraphStore(Location.create(directory), directory.toAbsolutePath().toString() + " (read-only)", true);
    }

    /** True when the directory holds a TDB2 database. */
    public static boolean isDatabase(Path directory) {
        if (!Files.isDirectory(directory))
            return false;
        try (var children = Files.list(directory)) {
            return children.anyMatch(c -> Files.isDirectory(c) && c.getFileName().toString().matches("Data-\\d+"));
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot read the database directory " + directory + ": " + e.getMessage(), e);
        }
    }

    public boolean readOnly() {
        return dataset.readOnly();
    }

    /** A database that lives in memory only, for tests. */
    public static GraphStore inMemory() {
        return new GraphStore(Location.mem(), "in-memory", false);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    public String description() {
        return description;
    }

    /** The database folder, or null for a store in memory. */
    public Path folder() {
        return deadSpace == null ? null : Path.of(dataset.location().getDirectoryPath());
    }

    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    /**
     * Runs the action in one write transaction: all of it is committed, or none of it.
     * Any exception aborts, and is rethrown as a {@link StoreException}.
     */
    public void write(Consumer<DatasetGraph> action) {
        if (readOnly())
            throw new ReadOnlyStoreException("The database " + description + " is open read-only: nothing was changed");
        try {
            Txn.executeWrite(dataset, () -> action.accept(dataset));
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e instanceof InputProblem)
                throw e;
            throw new StoreException("Write aborted, nothing was changed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the step inside every later write transaction, just before it commits: whatever wrote
     * (a load, a SPARQL update, a Graph Store upload), the step's changes commit with it. A step that
     * throws aborts the write.
     */
    public void beforeEveryCommit(Consumer<DatasetGraph> step) {
        dataset.beforeEveryCommit(step);
    }

    public void removeBeforeCommit(Consumer<DatasetGraph> step) {
        dataset.removeBeforeCommit(step);
    }

    /**
     * Tells the listener, after every later committed write (a load, a SPARQL update, a Graph Store
     * upload), which subjects it changed: a cache built from the store updates only what depends on them.
     */
    public void afterEveryCommit(Consumer<StoreChange> listener) {
        dataset.afterEveryCommit(listener);
    }

    public void removeAfterCommit(Consumer<StoreChange> listener) {
        dataset.removeAfterCommit(listener);
    }

    /**
     * The quads the write transaction of the calling thread added and removed so far (for a step
     * before commit), or null outside a write transaction; recorded only while a step is registered
     * with {@link #beforeEveryCommit} or a listener with {@link #afterEveryCommit}.
     */
    public WriteChanges changesOfThisWrite() {
        return dataset.changesOfThisWrite();
    }

    /** Bytes of the database folder, or -1 for a database in memory. */
    public long folderBytes() {
        return deadSpace == null ? -1 : deadSpace.folderBytes();
    }

    /**
     * An empty folder inside the database folder for a bulk load to build the next generation in
     * (see {@link #installGeneration}); a crash leaves it behind, and the next open deletes it.
     */
    public Path newStagingFolder() {
        if (deadSpace == null || readOnly())
            throw new StoreException("The database " + description + " cannot stage a bulk load (in memory or read-only)");
        Path staging = Path.of(dataset.location().getDirectoryPath()).resolve(GenerationFolders.STAGING);
        GenerationFolders.delete(staging);
        try {
            Files.createDirectories(staging);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create " + staging + ": " + e.getMessage(), e);
        }
        return staging;
    }

    /**
     * Switches the store to the closed TDB2 database built in {@link #newStagingFolder()}: it becomes
     * the next generation in one atomic rename, readers see all of it or none of it, and the old
     * generation is deleted. Every cache built from the store is told that anything may have changed.
     */
    public void installGeneration(Path staged) {
        if (readOnly())
            throw new ReadOnlyStoreException("The database " + description + " is open read-only: nothing was changed");
        dataset.installGeneration(staged);
        deadSpace.recordBaseline(quadCount());
    }

    /** The names of all named graphs. */
    public List<Node> graphNames() {
        return read(dsg -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    /** Number of triples in one named graph. */
    public long size(Node graph) {
        return read(dsg -> (long) dsg.getGraph(graph).size());
    }

    /** Grows with every committed write: caches built from the store (search, reconciliation) compare it. */
    public long generation() {
        return dataset.commits();
    }

    /**
     * Compacts the database (TDB2 writes a fresh copy of the live data and deletes the old one),
     * and records the compacted size for {@link #deadSpaceNote()}. Returns the folder's bytes before
     * and after. Readers and writers of other processes must be stopped first.
     */
    public long[] compact() {
        if (deadSpace == null)
            throw new StoreException("An in-memory database has nothing to compact");
        long before = deadSpace.folderBytes();
        DatabaseMgr.compact(dataset.tdb(), true);
        deadSpace.recordBaseline(quadCount());
        return new long[] {before, deadSpace.folderBytes()};
    }

    /**
     * A note for the user when most of the database folder is dead space, or null. The first call
     * on a database without a record of its compacted size records the present size instead.
     */
    public String deadSpaceNote() {
        if (deadSpace == null)
            return null;
        long quads = quadCount();
        if (!deadSpace.hasBaseline()) {
            deadSpace.recordBaseline(quads);
            return null;
        }
        return deadSpace.note(quads);
    }

    /**
     * The stored quads, counted in the primary indexes without decoding a node: after a staged load
     * of a million triples, iterating the quads instead (each node looked up in the node table)
     * took seconds, twice (the baseline, then the dead-space note). Only for a database on disk.
     */
    private long quadCount() {
        return read(dsg -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset.tdb());
            return tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).size()
                    + tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).size();
        });
    }

    /** How many times the database was reconnected after an aborted write. */
    public int reconnectsAfterAbort() {
        return dataset.reconnects();
    }

    @Override
    public void close() {
        dataset.close();
    }
}
