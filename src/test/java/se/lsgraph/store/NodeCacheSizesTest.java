package se.lsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.tdb2.params.StoreParams;
import org.junit.jupiter.api.Test;

/**
 * TDB2's node caches get at most a third of the heap (220 bytes a node), in Jena's proportion of
 * 200,000 to 1,000,000, and Jena's own sizes when those fit.
 */
class NodeCacheSizesTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void aHeapOfAGibibyteKeepsJenasSizes() {
        StoreParams params = NodeCacheSizes.forHeap(1024 * MIB);
        assertEquals(200_000, params.getNode2NodeIdCacheSize());
        assertEquals(1_000_000, params.getNodeId2NodeCacheSize());
    }

    @Test
    void aSmallHeapGetsCachesOfAThirdOfIt() {
        // 128 MiB / 3 / 220 bytes = 203,360 nodes, a sixth of them node → id
        StoreParams params = NodeCacheSizes.forHeap(128 * MIB);
        assertEquals(33_893, params.getNode2NodeIdCacheSize());
        assertEquals(169_466, params.getNodeId2NodeCacheSize());
        assertEquals(StoreParams.getDftStoreParams().getBlockSize(), params.getBlockSize(), "only the node caches change");
    }

    @Test
    void aTinyHeapStillKeepsTheVocabulariesNodes() {
        StoreParams params = NodeCacheSizes.forHeap(32 * MIB);
        assertEquals(10_000, params.getNode2NodeIdCacheSize());
        assertEquals(42_366, params.getNodeId2NodeCacheSize());
    }
}
