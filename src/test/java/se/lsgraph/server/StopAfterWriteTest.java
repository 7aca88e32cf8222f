package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.search.FinderBuilder.IndexUpdate;
import se.lsgraph.search.FinderIndex;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestServer;
import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.LSG;

/**
 * A server stopped right after a write still brings its persisted index up to date with that write
 * before it stops: the update the write started is let finish, not interrupted. Otherwise the next
 * start reads the whole store again (11 s at 1M), which a stop just after the catalogue record's
 * write at start caused.
 */
class StopAfterWriteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Node OFFERING = Ids.resource("offering/stop-after-write-test-bed");
    private static final Node GRAPH = Ids.graph("stop-after-write-test");

    @Test
    void theUpdateAWriteStartedEndsBeforeTheStop(@TempDir Path db) throws Exception {
        try (TestServer first = TestServer.startOn(GraphStore.open(db), b -> b.searchIndex(FinderIndex.of(db)))) {
            first.store.write(dsg -> {
                dsg.add(GRAPH, OFFERING, RDF.type.asNode(), NodeFactory.createURI(LSG.NS + "TestBed"));
                dsg.add(GRAPH, OFFERING, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Provrummet för stoppskrivning", "sv"));
            });
            // closed at once: the update the write started is under way or queued
        }

        try (TestServer restarted = TestServer.startOn(GraphStore.open(db), b -> b.searchIndex(FinderIndex.of(db)))) {
            List<IndexUpdate> updates = restarted.server.searchIndexUpdates();
            assertTrue(!updates.isEmpty(), "the index was checked at start");
            for (IndexUpdate update : updates)
                assertEquals(false, update.wholeStore(), "the index was current at the stop, so no update read the whole store: " + updates);
            JsonNode found = JSON.readTree(restarted.http.get("/api/search?q=stoppskrivning", "application/json").body());
            assertEquals(OFFERING.getURI(), found.get("results").get(0).get("iri").asText(), "the written offering is in the persisted index");
        }
    }
}
