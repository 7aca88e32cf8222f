package se.lsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.BagUnionStore;
import se.lsgraph.support.BundledStore;
import se.lsgraph.support.ExpectedResults;

/**
 * Every catalogue query gives the same rows on lsgraph's TDB2 store (whose default graph is the
 * set union of the named graphs) and on an in-memory copy of the same quads whose default graph is
 * their union as a bag, as in RDF4J and Oxigraph: a query that means a set must say DISTINCT.
 */
class AnyStoreTest {
    @RegisterExtension
    static final BundledStore STORE = new BundledStore();
    private static BagUnionStore bag;

    @BeforeAll
    static void copyTheQuads() {
        bag = BagUnionStore.copyOf(STORE.get());
    }

    @TestFactory
    Stream<DynamicTest> everyCatalogueQueryGivesTheSameRowsOnABagUnionStore() {
        return QueryCatalogue.bundled().list().stream()
                .filter(q -> q.params().stream().noneMatch(p -> p.name().endsWith("Endpoint")))
                .map(q -> DynamicTest.dynamicTest(q.file(), () -> {
                    Map<String, String> params = new HashMap<>();
                    for (QueryParam p : q.params())
                        params.put(p.name(), p.example());
                    Query bound = QueryRunner.parse(q, params);
                    List<String> onTdb = rows(bound, QueryRunner.run(STORE.get(), q, params).rows());
                    List<String> onBag = rows(bound, bag.select(bound));
                    assertEquals(onTdb, onBag, q.name() + ": rows on TDB2 (left) and on a bag union (right)");
                }));
    }

    /**
     * The rows as text, sorted: rows tied under ORDER BY may come in any order on another store, and
     * so may the parts of a GROUP_CONCAT (SPARQL leaves their order open): in a query with one, every
     * value's parts between its separators are sorted, on both sides alike.
     */
    private static List<String> rows(Query query, List<Binding> bindings) {
        List<String> separators = ExpectedResults.concatSeparators(query);
        List<String> rows = new ArrayList<>();
        for (Binding b : bindings) {
            StringBuilder row = new StringBuilder();
            for (Var v : query.getProjectVars()) {
                row.append(ExpectedResults.withSortedConcat(ResultFormat.plain(b.get(v)), separators)).append('\t');
            }
            rows.add(row.toString());
        }
        rows.sort(null);
        return rows;
    }
}
