package se.lsgraph.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.lsgraph.query.NamedQuery;
import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.query.QueryParam;
import se.lsgraph.query.QueryRunner;

/**
 * The queries of {@code lsgraph bench compare}: the catalogue, but for the federated query (it asks
 * Wikidata), each with its example parameters; every peer gets the same bound query text.
 */
final class CompareCatalogue {
    private CompareCatalogue() {}

    static List<NamedQuery> queries() {
        return QueryCatalogue.bundled().list().stream()
                .filter(q -> q.params().stream().noneMatch(p -> p.name().endsWith("Endpoint"))).toList();
    }

    static Map<String, String> exampleParams(NamedQuery q) {
        Map<String, String> params = new HashMap<>();
        for (QueryParam p : q.params())
            params.put(p.name(), p.example());
        return params;
    }

    /** Query name to the query's text with its example parameters in place, in catalogue order. */
    static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (NamedQuery q : queries())
            texts.put(q.name(), QueryRunner.parse(q, exampleParams(q)).toString());
        return texts;
    }
}
