package se.lsgraph.server.pages;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

import se.lsgraph.query.BoundQuery;
import se.lsgraph.store.GraphStore;

/** Runs the bundled page queries (lsgraph/sparql/NAME.rq) with ?resource bound, parsed once each. */
final class PageQueries {
    private final GraphStore store;
    private final Map<String, BoundQuery> parsed = new ConcurrentHashMap<>();

    PageQueries(GraphStore store) {
        this.store = store;
    }

    List<Binding> select(String name, Node resource) {
        BoundQuery query = parsed.computeIfAbsent(name, BoundQuery::bundled);
        return store.read(dsg -> query.select(dsg, Map.of("resource", resource)));
    }
}
