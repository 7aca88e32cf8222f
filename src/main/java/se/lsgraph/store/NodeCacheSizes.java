package se.lsgraph.store;

import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;

/**
 * How many nodes TDB2 keeps in its two node caches (node → id, id → node), scaled to the heap.
 * Jena's defaults (200,000 and 1,000,000 entries) fill about 260 MB once a walk has read that many
 * distinct nodes, as the finder's full build of a large store does (it reads every hit's labels
 * once): with a heap under about 800 MB that alone ran the build out of memory. So the caches get
 * at most a third of the heap, in Jena's proportion, and Jena's sizes when that is more.
 */
final class NodeCacheSizes {
    /**
     * Heap one cached node costs, cache entry, node, id and text together: measured with a class
     * histogram of a finder build at 1M triples (99 MB for 451,005 entries).
     */
    static final long BYTES_PER_NODE = 220;
    /** Never fewer than this many in a cache, however small the heap: the vocabularies' nodes. */
    static final int AT_LEAST = 10_000;

    private NodeCacheSizes() {}

    /** The store parameters to connect with in this JVM: Jena's, with the node caches scaled to its heap. */
    static StoreParams forThisHeap() {
        return forHeap(Runtime.getRuntime().maxMemory());
    }

    static StoreParams forHeap(long maxHeapBytes) {
        StoreParams jena = StoreParams.getDftStoreParams();
        long jenaNodes = (long) jena.getNode2NodeIdCacheSize() + jena.getNodeId2NodeCacheSize();
        long fitting = maxHeapBytes / 3 / BYTES_PER_NODE;
        if (fitting >= jenaNodes)
            return jena;
        return StoreParamsBuilder.create(jena)
                .node2NodeIdCacheSize(share(jena.getNode2NodeIdCacheSize(), jenaNodes, fitting))
                .nodeId2NodeCacheSize(share(jena.getNodeId2NodeCacheSize(), jenaNodes, fitting))
                .build();
    }

    private static int share(int jenaSize, long jenaNodes, long fitting) {
        return (int) Math.max(AT_LEAST, fitting * jenaSize / jenaNodes);
    }
}
