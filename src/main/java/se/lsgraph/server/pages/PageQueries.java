package se.lsgraph.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import se.lsgraph.query.BundledSparql;
import se.lsgraph.store.GraphStore;

/** Runs the bundled page queries (lsgraph/sparql/NAME.rq) with ?resource bound, parsed once each. */
final class PageQueries {
    private final GraphStore store;
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();

    PageQueries(GraphStore store) {
        this.store = store;
    }

    List<Binding> select(String name, Node resource) {
        Query query = parsed.computeIfAbsent(name, n -> QueryFactory.create(BundledSparql.text(n)));
        Query bound = QueryTransformOps.syntaxSubstitute(query, Map.of(Var.alloc("resource"), resource));
        return store.read(dsg -> {
            List<Binding> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(bound).build()) {
                qe.select().forEachRemaining(b -> out.add(BindingFactory.copy(b)));
            }
            return out;
        });
    }
}
