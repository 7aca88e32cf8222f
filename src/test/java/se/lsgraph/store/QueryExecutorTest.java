package se.lsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries on the store run on TDB2's own executor (the one that reorders patterns by TDB2's
 * statistics and matches them on node ids), before and after a reconnect, and still see the
 * union of the named graphs as the default graph; what the server sets in the context (its query
 * timeout) survives the reconnect.
 */
class QueryExecutorTest {
    private static final Query COUNT_UNION = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");

    @TempDir
    Path dir;

    @Test
    void queriesRunOnTdb2sExecutorAlsoAfterAReconnect() {
        try (GraphStore store = GraphStore.open(dir)) {
            store.dataset().getContext().set(ARQ.queryTimeout, "1234");
            store.write(dsg -> {
                dsg.add(SSE.parseQuad("(<https://example.test/g1> <https://example.test/a> <https://example.test/p> 1)"));
                dsg.add(SSE.parseQuad("(<https://example.test/g2> <https://example.test/b> <https://example.test/p> 2)"));
            });
            assertExecutorIsTdb2s(store);
            assertEquals(2, countInDefaultGraph(store), "the default graph is the union of the named graphs");

            assertThrows(StoreException.class, () -> store.write(dsg -> {
                dsg.add(SSE.parseQuad("(<https://example.test/g3> <https://example.test/c> <https://example.test/p> 3)"));
                throw new IllegalStateException("abort on purpose");
            }));
            assertEquals(1, store.reconnectsAfterAbort());
            assertExecutorIsTdb2s(store);
            assertEquals("1234", store.dataset().getContext().get(ARQ.queryTimeout),
                    "settings made on the context survive the reconnect");
            assertEquals(2, countInDefaultGraph(store));
        }
    }

    @Test
    void theInMemoryStoreUsesTdb2sExecutorToo() {
        try (GraphStore store = GraphStore.inMemory()) {
            assertExecutorIsTdb2s(store);
        }
    }

    /** The executor factory ARQ takes from the query's context when it builds the execution. */
    private static void assertExecutorIsTdb2s(GraphStore store) {
        store.read(dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(COUNT_UNION).build()) {
                assertSame(OpExecutorTDB2.OpExecFactoryTDB, QC.getFactory(qe.getContext()));
            }
            return null;
        });
    }

    private static long countInDefaultGraph(GraphStore store) {
        return store.read(dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(COUNT_UNION).build()) {
                return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
            }
        });
    }
}
