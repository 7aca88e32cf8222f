package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;

import se.lsgraph.catalog.CatalogGraph;
import se.lsgraph.catalog.CatalogRecord;
import se.lsgraph.support.Http;
import se.lsgraph.support.TestStores;
import se.lsgraph.store.GraphStore;

/**
 * The server brings the stored catalogue record current after the finder's first search (on two
 * cores the step took that search's CPU), while every write from the start on rewrites the record
 * and a request for the record does not wait.
 */
class CatalogueAfterFirstSearchTest {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final Credentials UPDATER = new Credentials("redaktor", "hemligt-losenord-1");

    @Test
    void theStoredRecordIsWrittenAfterTheFirstSearchWithTheStoresCounts() throws Exception {
        try (GraphStore store = TestStores.bundled(); LsgraphServer server = LsgraphServer.builder(store).port(0).build().start()) {
            assertTrue(server.awaitSearchReady(BOUND));
            assertFalse(server.catalogueCurrent(), "no search answered yet: the record waits");
            assertEquals(0, store.size(CatalogGraph.NAME), "nothing written into the catalogue graph before the first search");

            var search = new Http(server.port()).get("/api/search?q=tvillingregister", "application/json");
            assertEquals(200, search.statusCode());
            awaitCatalogueCurrent(server);
            assertEquals(quadsOutsideCatalogue(store), storedTriples(store));
        }
    }

    @Test
    void aWriteBeforeTheStepRewritesTheRecordAndTheStepThenHasNothingToWrite() {
        try (GraphStore store = TestStores.bundled();
             LsgraphServer server = LsgraphServer.builder(store).port(0).allowUpdate(UPDATER).build().start()) {
            String insert = "INSERT DATA { GRAPH <https://w3id.org/lsgraph/graph/catalogue-step-test> { "
                    + "<https://w3id.org/lsgraph/id/test/tidig> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Tidig\"@sv } }";
            var written = new Http(server.port()).post("/lsgraph/update", "application/sparql-update", insert, UPDATER.user(), UPDATER.password());
            assertEquals(204, written.statusCode());
            assertFalse(server.catalogueCurrent());
            assertEquals(quadsOutsideCatalogue(store), storedTriples(store), "the write's own rewrite counted it");
            boolean dated = store.read(dsg -> dsg.find(CatalogGraph.NAME, CatalogRecord.DATASET, DCTerms.modified.asNode(), Node.ANY).hasNext());
            assertTrue(dated, "the rewrite dated the record");

            long generation = store.generation();
            server.bringCatalogueCurrent();
            assertTrue(server.catalogueCurrent());
            assertEquals(generation, store.generation(), "the stored record was already current: no second write");
            assertEquals(quadsOutsideCatalogue(store), storedTriples(store));
        }
    }

    @Test
    void aRequestForTheRecordBringsItCurrentAtOnce() {
        try (GraphStore store = TestStores.bundled(); LsgraphServer server = LsgraphServer.builder(store).port(0).build().start()) {
            var voidDescription = new Http(server.port()).get("/void", "application/n-triples");
            assertEquals(200, voidDescription.statusCode());
            assertTrue(server.catalogueCurrent(), "/void did not wait for the first search");
            long triples = quadsOutsideCatalogue(store);
            assertTrue(voidDescription.body().contains("<" + CatalogRecord.DATASET.getURI() + "> <" + VOID.triples.getURI() + "> \""
                    + triples + "\"^^<http://www.w3.org/2001/XMLSchema#integer>"), "the served VoID counts " + triples + " triples");
            assertEquals(triples, storedTriples(store));
        }
    }

    @Test
    void aServerStoppedBeforeTheFirstSearchWritesNoRecord() {
        try (GraphStore store = TestStores.bundled()) {
            long generation = store.generation();
            LsgraphServer server = LsgraphServer.builder(store).port(0).build().start();
            server.close();
            assertEquals(generation, store.generation());
            assertEquals(0, store.size(CatalogGraph.NAME));
        }
    }

    private static void awaitCatalogueCurrent(LsgraphServer server) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!server.catalogueCurrent() && System.nanoTime() < deadline)
            Thread.sleep(50);
        assertTrue(server.catalogueCurrent(), "the record was brought current after the first search");
    }

    private static long storedTriples(GraphStore store) {
        return store.read(dsg -> Long.parseLong(dsg.find(CatalogGraph.NAME, CatalogRecord.DATASET, VOID.triples.asNode(), Node.ANY)
                .next().getObject().getLiteralLexicalForm()));
    }

    private static long quadsOutsideCatalogue(GraphStore store) {
        return store.read(dsg -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); ) {
                Quad q = it.next();
                if (!q.getGraph().equals(CatalogGraph.NAME))
                    n++;
            }
            return n;
        });
    }
}
