package se.lsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.search.FinderIndex;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestServer;

/**
 * `lsgraph load` of data that hold no hit of the finder does not read the store for the finder's
 * index: on a database of other data (no hit at all) it commits an empty index at once, and on a
 * database whose index is current the written subjects touch no hit, so nothing is read; either way
 * it says so in one line.
 */
class LoadWithoutHitsTest {
    private static final String FILE = "src/test/resources/search/no-hit-organisation.ttl";

    @Test
    void aStoreWithoutHitsIsNotRead(@TempDir Path db) {
        String told = load(db);
        assertTrue(told.contains(": the store holds no hit, nothing read\n"), told);
        assertFalse(told.contains("Search index: reading"), told);
        try (GraphStore store = GraphStore.open(db); FinderIndex index = FinderIndex.of(db)) {
            assertTrue(index.isCurrentFor(store), "the empty index is current: a serve reads nothing");
        }
    }

    @Test
    void dataTouchingNoHitOfACurrentIndexAreNotRead(@TempDir Path db) {
        // The database as a first serve leaves it: the bundled graph and its index.
        TestServer.startOn(GraphStore.open(db), b -> b.searchIndex(FinderIndex.of(db))).close();
        String told = load(db);
        assertTrue(told.contains(": nothing to read (the index was current, or the writes since touched no hit)\n"), told);
        assertFalse(told.contains("Search index: reading"), told);
    }

    private static String load(Path db) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(new PrintWriter(out, true, StandardCharsets.UTF_8), new PrintWriter(err, true, StandardCharsets.UTF_8),
                "load", "--db", db.toString(), FILE);
        String told = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, told);
        return told;
    }
}
