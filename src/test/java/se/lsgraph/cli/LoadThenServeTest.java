package se.lsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.search.FinderBuilder.IndexUpdate;
import se.lsgraph.search.FinderIndex;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.Http;
import se.lsgraph.support.TestServer;

/**
 * `lsgraph load` leaves the finder's persisted index current: it re-reads only the hit the file
 * adds, and the next server finds that hit at once without reading the store.
 */
class LoadThenServeTest {
    private static final String TEST_BED = "https://w3id.org/lsgraph/id/offering/load-then-serve-test-bed";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLoadedHitIsFoundByTheNextServerWithoutARebuild(@TempDir Path db) throws Exception {
        // The database as a first serve leaves it: the bundled graph and its index.
        TestServer.startOn(GraphStore.open(db), b -> b.searchIndex(FinderIndex.of(db))).close();

        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(new PrintWriter(out, true, StandardCharsets.UTF_8), new PrintWriter(err, true, StandardCharsets.UTF_8),
                "load", "--db", db.toString(), "src/test/resources/search/new-test-bed.ttl");
        String told = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, told);
        assertTrue(told.contains("Search index: re-reading changed hits, 0 of 1 hits\n"), told);
        assertTrue(told.contains(": re-read 1 changed hits, 1 written\n"), told);

        try (TestServer served = TestServer.startOn(GraphStore.open(db), b -> b.searchIndex(FinderIndex.of(db)))) {
            List<IndexUpdate> updates = served.server.searchIndexUpdates();
            for (IndexUpdate update : updates) {
                assertEquals(false, update.wholeStore(), "no update read the whole store: " + updates);
                assertEquals(Set.of(), update.reread(), "the loaded hit was indexed by the load already: " + updates);
            }
            JsonNode found = JSON.readTree(served.http.get("/api/search?q=" + Http.encode("pärlsekvensering"), "application/json").body());
            assertEquals(TEST_BED, found.get("results").get(0).get("iri").asText());
            assertEquals("Pärlsekvenseringsbädden i provet", found.get("results").get(0).get("label").get("sv").asText());
        }
    }
}
