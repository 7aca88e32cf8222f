package se.lsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compaction keeps every quad; the dead-space note compares the folder's bytes per quad with those after the last compaction. */
class CompactionTest {
    private static final Node GRAPH = NodeFactory.createURI("https://w3id.org/lsgraph/graph/scratch");

    @Test
    void compactionKeepsTheDataAndRecordsTheCompactedSize(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            for (int round = 0; round < 5; round++)
                replaceGraph(store, round);
            Set<Quad> before = snapshot(store);
            long[] bytes = store.compact();
            assertTrue(bytes[0] > 0 && bytes[1] > 0, bytes[0] + " -> " + bytes[1]);
            assertEquals(before, snapshot(store), "the data is unchanged");
            assertEquals(200, store.size(GRAPH));
            assertTrue(Files.exists(dir.resolve(DeadSpace.BASELINE_FILE)), "the compacted size is recorded");
            assertNull(store.deadSpaceNote(), "no note right after compaction");
            replaceGraph(store, 5);
            assertEquals(200, store.size(GRAPH), "the compacted store takes writes");
        }
    }

    @Test
    void theNoteComesOnceTheSpacePerQuadHasDoubled(@TempDir Path dir) throws IOException {
        DeadSpace space = new DeadSpace(dir);
        Files.write(dir.resolve("data.dat"), new byte[1 << 20]);
        assertNull(space.note(10), "no record of a compacted size yet: no note");
        space.recordBaseline(10);
        Files.write(dir.resolve("data.dat"), new byte[(2 << 20) - 1]);
        assertNull(space.note(10), "just under twice the space per quad");
        Files.write(dir.resolve("data.dat"), new byte[3 << 20]);
        assertEquals("Note: the database folder " + dir + " takes 3.0 MB for 10 quads, 3.0 times the space per quad it took "
                + "when last compacted: most of it is dead space left by replaced or aborted writes. "
                + "Run `lsgraph compact --db " + dir + "` (with the server stopped) to reclaim it.", space.note(10));
        assertNull(space.note(30), "three times the quads in three times the space is growth, not dead space");
    }

    /** One write transaction replacing the graph with 200 new triples. */
    private static void replaceGraph(GraphStore store, int round) {
        store.write(dsg -> {
            dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
            for (int i = 0; i < 200; i++)
                dsg.add(GRAPH, NodeFactory.createURI("urn:lsgraph:test:s" + i), NodeFactory.createURI("urn:lsgraph:test:p"),
                        NodeFactory.createLiteralString("round " + round + " value " + i));
        });
    }

    private static Set<Quad> snapshot(GraphStore store) {
        return store.read(dsg -> {
            Set<Quad> quads = new HashSet<>();
            dsg.find().forEachRemaining(quads::add);
            return quads;
        });
    }
}
