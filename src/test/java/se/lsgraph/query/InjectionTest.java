package se.lsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.BundledStore;

/**
 * Values that try to break out of a query (quotes, braces, "> } UNION {", newlines) are bound as
 * one plain value: string parameters then match nothing, IRI parameters are refused as invalid IRIs.
 */
class InjectionTest {
    private static final List<String> HOSTILE = List.of(
            "\" } UNION { ?s ?p ?o } #",
            "x\" . ?s ?p ?o . FILTER(\"1\"=\"1",
            "> } UNION { ?s ?p ?o } <",
            "}\nSELECT * WHERE { ?s ?p ?o }",
            "' OR '1'='1",
            "https://w3id.org/lsgraph/id/org/kth> } UNION { ?s ?p ?o } #");

    private static final QueryCatalogue CATALOGUE = QueryCatalogue.fromDirectory(Path.of("queries"));
    @RegisterExtension
    static final BundledStore STORE = new BundledStore();

    @TestFactory
    Stream<DynamicTest> hostileValuesAreBoundAsPlainValues() {
        List<NamedQuery> withParams = CATALOGUE.list().stream().filter(q -> !q.params().isEmpty()).toList();
        assertTrue(withParams.size() >= 5, "the catalogue has parameterised queries");
        return withParams.stream().flatMap(q -> q.params().stream().map(p -> DynamicTest.dynamicTest(
                q.name() + " ?" + p.name(), () -> {
                    for (String value : HOSTILE) {
                        Map<String, String> params = examplesBut(q, p.name(), value);
                        if (p.type() == ParamType.STRING && p.choices().isEmpty()) {
                            assertEquals(0, QueryRunner.run(STORE.get(), q, params).rows().size(), "no rows for «" + value + "»");
                        } else {
                            var e = assertThrows(IllegalArgumentException.class, () -> QueryRunner.run(STORE.get(), q, params));
                            assertTrue(e.getMessage().startsWith("parameter '" + p.name() + "'"), e.getMessage());
                        }
                    }
                })));
    }

    private static Map<String, String> examplesBut(NamedQuery q, String name, String value) {
        Map<String, String> params = new HashMap<>();
        for (QueryParam p : q.params())
            params.put(p.name(), p.name().equals(name) ? value : p.example());
        return params;
    }
}
