package se.lsgraph.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;
import se.lsgraph.vocab.Ids;

/**
 * The VoID counts carried over a write from its own changes equal the counts the queries give over
 * the whole store afterwards, for every kind of write (new and repeated quads, deletes that remove a
 * subject's last triple, a dropped graph, writes through a graph view), on the real bundled graph.
 */
class VoidCountsTest {
    private static final Node EDITS = Ids.graph("void-counts-edits");
    private static final Node NEW_ORG = Ids.resource("test/void-counts-new");
    private static final Node ROR_LINK = NodeFactory.createURI("https://ror.org/0void0test");
    private static GraphStore store;

    @BeforeAll
    static void bundledStore() {
        store = TestStores.bundled();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /**
     * Runs the write; just before it commits, as the catalogue does, carries the counts over its
     * changes and counts from scratch, and compares the two.
     */
    private static VoidCounts[] carriedOver(Consumer<DatasetGraph> write) {
        VoidCounts before = store.read(VoidCounts::count);
        VoidCounts[] counts = new VoidCounts[3];
        Consumer<DatasetGraph> beforeCommit = dsg -> {
            assertFalse(store.changesOfThisWrite().overflowed());
            counts[1] = before.after(dsg, store.changesOfThisWrite());
            counts[2] = VoidCounts.count(dsg);
        };
        store.beforeEveryCommit(beforeCommit);
        try {
            store.write(write);
        } finally {
            store.removeBeforeCommit(beforeCommit);
        }
        counts[0] = before;
        assertEquals(counts[2], counts[1], "carried over == from scratch");
        return counts;
    }

    private static Node anOrganisationLinkedToRor() {
        return store.read(dsg -> {
            var it = dsg.find(Node.ANY, Node.ANY, SKOS.exactMatch.asNode(), Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getObject().isURI() && q.getObject().getURI().startsWith("https://ror.org/"))
                    return q.getSubject();
            }
            return null;
        });
    }

    @Test
    void newQuadsRepeatedQuadsAndDeletesAreCountedAsAFullCountWould() {
        Node type = NodeFactory.createURI("https://w3id.org/lsgraph/ontology#Company");
        Node label = SKOS.prefLabel.asNode();
        VoidCounts[] added = carriedOver(dsg -> {
            dsg.add(EDITS, NEW_ORG, RDF.type.asNode(), type);
            dsg.add(EDITS, NEW_ORG, label, NodeFactory.createLiteralLang("Ny", "sv"));
            dsg.add(EDITS, NEW_ORG, SKOS.exactMatch.asNode(), ROR_LINK);
        });
        assertEquals(added[0].triples() + 3, added[1].triples());
        assertEquals(added[0].subjects() + 1, added[1].subjects());
        assertEquals(added[0].graphs() + 1, added[1].graphs());
        assertEquals(3L, added[1].graphTriples().get(EDITS));
        assertEquals(added[0].classEntities().get(type) + 1, added[1].classEntities().get(type));
        assertEquals(added[0].linksets().get("ror").links() + 1, added[1].linksets().get("ror").links());

        VoidCounts[] repeated = carriedOver(dsg -> {
            dsg.add(EDITS, NEW_ORG, label, NodeFactory.createLiteralLang("Ny", "sv")); // already there: no change
            dsg.add(Ids.graph("void-counts-other"), NEW_ORG, RDF.type.asNode(), type); // same triple, second graph
        });
        assertEquals(repeated[0].triples() + 1, repeated[1].triples());
        assertEquals(repeated[0].subjects(), repeated[1].subjects());
        assertEquals(repeated[0].classEntities().get(type), repeated[1].classEntities().get(type), "one entity in two graphs");

        VoidCounts[] deleted = carriedOver(dsg -> UpdateExec.dataset(dsg)
                .update("DELETE WHERE { GRAPH ?g { <" + NEW_ORG.getURI() + "> ?p ?o } }").execute());
        assertEquals(deleted[0].triples() - 4, deleted[1].triples());
        assertEquals(deleted[0].subjects() - 1, deleted[1].subjects());
        assertEquals(deleted[0].graphs() - 2, deleted[1].graphs());
        assertEquals(added[0], deleted[1], "back to the counts before the first write");
    }

    @Test
    void removingABundledOrganisationAndDroppingAGraphAreCountedAsAFullCountWould() {
        Node linked = anOrganisationLinkedToRor();
        assertNotNull(linked, "the bundle links organisations to ROR");
        VoidCounts[] removed = carriedOver(dsg -> dsg.deleteAny(Node.ANY, linked, Node.ANY, Node.ANY));
        assertTrue(removed[1].linksets().get("ror").links() < removed[0].linksets().get("ror").links());
        assertEquals(removed[0].subjects() - 1, removed[1].subjects());

        Node graph = Ids.graph("labels");
        long labels = removed[1].graphTriples().get(graph);
        VoidCounts[] dropped = carriedOver(dsg -> UpdateExec.dataset(dsg).update("DROP GRAPH <" + graph.getURI() + ">").execute());
        assertEquals(dropped[0].triples() - labels, dropped[1].triples());
        assertFalse(dropped[1].graphTriples().containsKey(graph));
    }

    @Test
    void writesThroughAGraphViewAreSeen() {
        Node graph = Ids.graph("void-counts-view");
        VoidCounts[] viaView = carriedOver(dsg -> {
            dsg.getGraph(graph).add(Triple.create(NEW_ORG, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("Vy")));
            dsg.getGraph(graph).add(Triple.create(NEW_ORG, SKOS.note.asNode(), NodeFactory.createLiteralString("Vy")));
        });
        assertEquals(viaView[0].triples() + 2, viaView[1].triples());
        VoidCounts[] cleared = carriedOver(dsg -> dsg.getGraph(graph).clear());
        assertEquals(viaView[0], cleared[1]);
    }

    @Test
    void theStoredRecordFollowsEveryWriteWithoutCountingFromScratch() {
        GraphStore own = store;
        try (CatalogGraph kept = CatalogGraph.keepCurrent(own, "https://lsgraph.test.invalid", CatalogSettings.NONE)) {
            long before = storedTriples(own);
            own.write(dsg -> dsg.add(EDITS, NEW_ORG, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Lagrad", "sv")));
            own.write(dsg -> dsg.add(EDITS, NEW_ORG, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("Lagrad", "sv")));
            own.write(dsg -> dsg.delete(EDITS, NEW_ORG, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("Lagrad", "sv")));
            assertEquals(before + 1, storedTriples(own));
            assertEquals(own.read(VoidCounts::count), own.read(dsg -> CurrentVoidCounts.of(own, dsg)));
        }
    }

    private static long storedTriples(GraphStore s) {
        return s.read(dsg -> ((Number) dsg.find(CatalogGraph.NAME, CatalogRecord.DATASET, VOID.triples.asNode(), Node.ANY)
                .next().getObject().getLiteralValue()).longValue());
    }
}
