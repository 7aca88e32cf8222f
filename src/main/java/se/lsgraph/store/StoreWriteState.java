package se.lsgraph.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Where the database's writes have got to, read in an instant: the root block of each of TDB2's
 * quad and triple indexes. TDB2's B+trees are copy-on-write, so every committed write that changes
 * a quad gives at least one index a new root block, whoever wrote it (the server, or a load or
 * update from the command line while no server ran); a read sees the roots of the last commit.
 * Empty for a store in memory (whose index cannot outlive it anyway).
 */
public final class StoreWriteState {
    private StoreWriteState() {}

    /** Must be called inside a read transaction of the store. */
    public static String of(DatasetGraph dsg) {
        DatasetGraph tdb = dsg instanceof RecoveringDatasetGraph r ? r.tdb() : dsg;
        if (!TDBInternal.isTDB2(tdb))
            return "";
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        if (storage.getLocation().isMem())
            return "";
        List<String> roots = new ArrayList<>();
        roots(storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(), roots);
        roots(storage.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes(), roots);
        return "write state " + String.join(" ", roots);
    }

    /**
     * The write state and the generation folder ({@code Data-NNNN}) it belongs to; empty for a store
     * in memory. A bulk load or a compaction switches to a freshly built generation whose indexes may
     * start at the same root blocks as the old ones had, so the roots alone could not tell the two apart.
     * Must be called inside a read transaction of the store.
     */
    public static String withGeneration(DatasetGraph dsg) {
        String roots = of(dsg);
        if (roots.isEmpty())
            return "";
        DatasetGraph tdb = dsg instanceof RecoveringDatasetGraph r ? r.tdb() : dsg;
        String folder = java.nio.file.Path.of(TDBInternal.getDatasetGraphTDB(tdb).getLocation().getDirectoryPath()).getFileName().toString();
        return roots + " in " + folder;
    }

    private static void roots(TupleIndex[] indexes, List<String> out) {
        for (TupleIndex index : indexes)
            if (index instanceof TupleIndexRecord record && record.getRangeIndex() instanceof BPlusTree tree)
                out.add(index.getName() + "=" + tree.getRootId());
    }
}
