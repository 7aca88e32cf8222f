package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import se.lsgraph.support.TestServer;

/**
 * A server restarted on an unchanged database serves the finder's persisted index without reading
 * the store: neither at start nor after the catalogue record it writes (each start here listens on
 * another free port, so the record's URLs differ and the record is rewritten).
 */
class RestartSearchIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRestartOnAnUnchangedStoreReadsNothing(@TempDir Path db) throws Exception {
        List<IndexUpdate> firstStart;
        try (TestServer first = TestServer.startOn(GraphStore.open(db), b -> b.searchIndex(FinderIndex.of(db)))) {
            firstStart = first.server.searchIndexUpdates();
        }
        assertTrue(firstStart.get(0).wholeStore(), "a new database is read whole: " + firstStart);

        try (TestServer restarted = TestServer.startOn(GraphStore.open(db), b -> b.searchIndex(FinderIndex.of(db)))) {
            List<IndexUpdate> updates = restarted.server.searchIndexUpdates();
            assertTrue(!updates.isEmpty(), "the index was checked at start");
            for (IndexUpdate update : updates) {
                assertEquals(false, update.wholeStore(), "no update read the whole store: " + updates);
                assertEquals(Set.of(), update.reread(), "no hit was re-read: " + updates);
                assertEquals(0, update.written(), "no hit was written: " + updates);
            }
            JsonNode twins = JSON.readTree(restarted.http.get("/api/search?q=tvillingregister", "application/json").body());
            assertEquals("https://w3id.org/lsgraph/id/offering/svenska-tvillingregistret", twins.get("results").get(0).get("iri").asText());
        }
    }
}
