package se.lsgraph.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;
import se.lsgraph.vocab.Ids;

/**
 * A start on an unchanged store leaves the catalogue graph as it is (no commit, so the finder's
 * persisted index stays current); a start after the data or the public URL changed rewrites it,
 * with the counts of the store as it now is.
 */
class CatalogGraphRewriteTest {
    private static final String URL = "https://lsgraph.test.invalid";
    private static final Node EDITS = Ids.graph("catalog-rewrite-edits");
    private static final Node NEW_ORG = Ids.resource("test/catalog-rewrite-new");

    private GraphStore store;

    @BeforeEach
    void bundledStore() {
        store = TestStores.bundled();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUnchangedStoreIsNotWrittenAgain() {
        assertTrue(CatalogGraph.writeIfChanged(store, URL, CatalogSettings.NONE), "the first start writes the record");
        long generation = store.generation();
        assertFalse(CatalogGraph.writeIfChanged(store, URL, CatalogSettings.NONE));
        CatalogGraph.keepCurrent(store, URL, CatalogSettings.NONE).close();
        assertEquals(generation, store.generation(), "no commit at a start on the unchanged store");
    }

    @Test
    void aChangeOfTheDataIsWrittenWithItsCounts() {
        CatalogGraph.writeIfChanged(store, URL, CatalogSettings.NONE);
        long before = storedTriples();
        // Written with no catalogue watching, as a load from the command line while no server runs.
        store.write(dsg -> {
            dsg.add(EDITS, NEW_ORG, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Ny i provet", "sv"));
            dsg.add(EDITS, NEW_ORG, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("Provets nya", "sv"));
        });
        assertEquals(before, storedTriples(), "nothing rewrote the record yet");
        long generation = store.generation();
        assertTrue(CatalogGraph.writeIfChanged(store, URL, CatalogSettings.NONE));
        assertEquals(generation + 1, store.generation());
        assertEquals(before + 2, storedTriples());
        assertEquals(store.read(VoidCounts::count).triples(), storedTriples(), "the stored count is the store's");
    }

    @Test
    void anotherPublicUrlIsWritten() {
        CatalogGraph.writeIfChanged(store, URL, CatalogSettings.NONE);
        assertTrue(CatalogGraph.writeIfChanged(store, "https://other.lsgraph.test.invalid", CatalogSettings.NONE));
        boolean named = store.read(dsg -> dsg.contains(CatalogGraph.NAME, CatalogRecord.DATASET, VOID.sparqlEndpoint.asNode(),
                NodeFactory.createURI("https://other.lsgraph.test.invalid/lsgraph/sparql")));
        assertTrue(named, "the record names the new URL");
        assertTrue(storedRecord().isIsomorphicWith(CatalogRecord.build(store, "https://other.lsgraph.test.invalid", CatalogSettings.NONE)),
                "exactly the new record: no triple naming the old URL is left");
    }

    @Test
    void whatAWriteAddsToTheCatalogueGraphIsReplacedByTheRecord() {
        Node junk = Ids.resource("test/catalog-rewrite-junk");
        try (CatalogGraph catalog = CatalogGraph.keepCurrent(store, URL, CatalogSettings.NONE)) {
            store.write(dsg -> {
                dsg.add(CatalogGraph.NAME, junk, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Skräp", "sv"));
                dsg.add(EDITS, NEW_ORG, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Ny i provet", "sv"));
            });
            assertFalse((boolean) store.read(dsg -> dsg.contains(CatalogGraph.NAME, junk, Node.ANY, Node.ANY)));
            assertEquals(store.read(VoidCounts::count).triples(), storedTriples(), "the stored count is the store's");
            Graph expected = CatalogRecord.build(store, URL, CatalogSettings.NONE);
            // The rewrite dated the record with the time of the write: compare all but the dates.
            assertTrue(withoutDates(storedRecord()).isIsomorphicWith(withoutDates(expected)));
        }
    }

    private Graph storedRecord() {
        return store.read(dsg -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getGraph(CatalogGraph.NAME).find().forEachRemaining(g::add);
            return g;
        });
    }

    private static Graph withoutDates(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().filterDrop(t -> t.getPredicate().equals(DCTerms.modified.asNode())).forEachRemaining(out::add);
        return out;
    }

    private long storedTriples() {
        return store.read(dsg -> ((Number) dsg.find(CatalogGraph.NAME, CatalogRecord.DATASET, VOID.triples.asNode(), Node.ANY)
                .next().getObject().getLiteralValue()).longValue());
    }
}
