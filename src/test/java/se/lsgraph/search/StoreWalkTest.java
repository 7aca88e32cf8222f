package se.lsgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.query.BundledSparql;
import se.lsgraph.store.GraphStore;

/**
 * The walk gives exactly the rows of the reading queries it replaces, on the bundled graph: every
 * (hit, role, text, via) of the texts, every (hit, field, value) of the cards and (hit, facet,
 * value) of the filters with the label a card shows (the smallest Swedish and English one).
 */
class StoreWalkTest {
    private static GraphStore store;
    private static StoreWalk.Rows walked;

    @BeforeAll
    static void bundledGraph() {
        store = GraphStore.inMemory();
        new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
        walked = store.read(dsg -> {
            StoreWalk walk = new StoreWalk(dsg.getUnionGraph());
            return walk.rows(walk.entryPoints(), walk.regionSaid(), BuildBudget.of(java.time.Duration.ofMinutes(1)), p -> {}, n -> {});
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void entryPointTextsAreTheQuerysRows() {
        assertSame("search-entry-point-texts", walked.entryTexts(), StoreWalkTest::textKey, 5_000);
    }

    @Test
    void regionSaidTextsAreTheQuerysRows() {
        assertSame("search-region-said-texts", walked.saidTexts(), StoreWalkTest::textKey, 900);
    }

    @Test
    void entryPointCardsAreTheQuerysRows() {
        assertSame("search-entry-point-cards", walked.entryCards(), b -> key(b, "item", "field", "value"), 1_000);
    }

    @Test
    void regionSaidCardsAreTheQuerysRows() {
        assertSame("search-region-said-cards", walked.saidCards(), b -> key(b, "item", "field", "value"), 900);
    }

    @Test
    void filtersAreTheQuerysRows() {
        assertSame("entry-point-filters", walked.entryFilters(), b -> key(b, "offering", "facet", "value"), 1_000);
    }

    /** Same keys, each with the same smallest sv and en label; and the store has at least this many rows (so the check means something). */
    private static void assertSame(String query, List<Binding> walk, Function<Binding, String> key, int atLeast) {
        Map<String, String> expected = labelsByKey(select(query), key);
        Map<String, String> actual = labelsByKey(walk, key);
        List<String> differences = new ArrayList<>();
        expected.forEach((k, v) -> {
            if (!v.equals(actual.get(k)))
                differences.add("query " + k + " = " + v + ", walk " + actual.get(k));
        });
        actual.forEach((k, v) -> {
            if (!expected.containsKey(k))
                differences.add("only the walk: " + k + " = " + v);
        });
        assertEquals(List.of(), differences.subList(0, Math.min(8, differences.size())), query + ": " + differences.size() + " differences");
        if (expected.size() < atLeast)
            throw new AssertionError(query + " gives only " + expected.size() + " rows on the bundled graph");
    }

    private static Map<String, String> labelsByKey(List<Binding> rows, Function<Binding, String> key) {
        Map<String, String[]> out = new TreeMap<>();
        for (Binding b : rows) {
            String[] labels = out.computeIfAbsent(key.apply(b), k -> new String[2]);
            labels[0] = min(labels[0], text(b, "sv"));
            labels[1] = min(labels[1], text(b, "en"));
        }
        Map<String, String> flat = new TreeMap<>();
        out.forEach((k, v) -> flat.put(k, v[0] + " | " + v[1]));
        return flat;
    }

    private static String textKey(Binding b) {
        Node text = b.get(Var.alloc("text"));
        return key(b, "item", "role", "via") + " " + text.getLiteralLexicalForm() + "@" + text.getLiteralLanguage()
                + "^" + text.getLiteralDatatypeURI();
    }

    private static String key(Binding b, String... vars) {
        List<String> parts = new ArrayList<>();
        for (String v : vars)
            parts.add(String.valueOf(b.get(Var.alloc(v))));
        return String.join(" ", parts);
    }

    private static String text(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n == null ? null : n.getLiteralLexicalForm();
    }

    private static String min(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static List<Binding> select(String name) {
        return store.read(dsg -> {
            List<Binding> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(QueryFactory.create(BundledSparql.text(name))).build()) {
                qe.select().forEachRemaining(rows::add);
            }
            return rows;
        });
    }
}
