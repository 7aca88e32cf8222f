package se.lsgraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import se.lsgraph.query.BundledSparql;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.LSG;

/**
 * The way in for companies: finds the entry points (infrastructures, test beds, support, programmes)
 * that answer a need. A text hit counts fully on the entry point itself, and less when it is on a
 * service it offers, an organisation that runs it or a strategy area it serves.
 */
public final class Finder {
    private static final Map<String, Double> WEIGHT = Map.of("self", 1.0, "service", 0.8, "operator", 0.6, "area", 0.4);
    /** What exists now comes before what has ended or is only proposed, at equal relevance. */
    private static final double NOT_EXISTING = 0.9;
    private static final Node EXISTING = Ids.status("existing");

    private final GraphStore store;
    private final SearchIndex index;
    private final Map<Node, List<Node[]>> offeringsByRelated = new HashMap<>();
    private final Map<Node, Map<String, Set<Node>>> facets = new HashMap<>();
    private final Map<String, Map<Node, EntryPoint.Labelled>> facetValues = new TreeMap<>();
    private final Query cardQuery = QueryFactory.create(BundledSparql.text("entry-point-card"));

    private Finder(GraphStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    /** Builds the finder (and its text index) over the store's current content. */
    public static Finder build(GraphStore store) {
        Finder f = new Finder(store, SearchIndex.build(store));
        for (Binding b : select(store, QueryFactory.create(BundledSparql.text("entry-point-relations")))) {
            Node offering = b.get(Var.alloc("offering"));
            f.offeringsByRelated.computeIfAbsent(b.get(Var.alloc("related")), k -> new ArrayList<>())
                    .add(new Node[] {offering, b.get(Var.alloc("relation"))});
        }
        for (Binding b : select(store, QueryFactory.create(BundledSparql.text("entry-point-filters")))) {
            String facet = b.get(Var.alloc("facet")).getLiteralLexicalForm();
            Node value = b.get(Var.alloc("value"));
            f.facets.computeIfAbsent(b.get(Var.alloc("offering")), k -> new HashMap<>())
                    .computeIfAbsent(facet, k -> new HashSet<>()).add(value);
            f.facetValues.computeIfAbsent(facet, k -> new LinkedHashMap<>()).putIfAbsent(value,
                    new EntryPoint.Labelled(value.getURI(), text(b.get(Var.alloc("sv"))), text(b.get(Var.alloc("en")))));
        }
        return f;
    }

    public List<EntryPoint> find(SearchRequest request) {
        Map<Node, Double> scores = request.text().isEmpty() ? allOfferings() : scoresFor(request.text());
        List<Map.Entry<Node, Double>> ranked = new ArrayList<>();
        for (Map.Entry<Node, Double> e : scores.entrySet())
            if (matches(e.getKey(), request))
                ranked.add(e);
        ranked.sort(Comparator.<Map.Entry<Node, Double>>comparingDouble(Map.Entry::getValue).reversed()
                .thenComparing(e -> e.getKey().getURI()));
        List<EntryPoint> results = new ArrayList<>();
        for (Map.Entry<Node, Double> e : ranked.subList(0, Math.min(request.limit(), ranked.size())))
            results.add(card(e.getKey(), e.getValue()));
        return results;
    }

    public SearchIndex searchIndex() {
        return index;
    }

    /** For each filter (kind, area, place, status), the values that occur, sorted by Swedish label. */
    public Map<String, List<EntryPoint.Labelled>> facetValues() {
        Map<String, List<EntryPoint.Labelled>> out = new LinkedHashMap<>();
        facetValues.forEach((facet, values) -> out.put(facet, values.values().stream()
                .sorted(Comparator.comparing((EntryPoint.Labelled l) -> l.sv() == null ? l.value() : l.sv()))
                .toList()));
        return out;
    }

    private Map<Node, Double> scoresFor(String text) {
        Map<Node, Double> scores = new HashMap<>();
        for (TextHit hit : index.search(text)) {
            for (Node[] link : offeringsByRelated.getOrDefault(hit.getNode(), List.of())) {
                double score = WEIGHT.get(link[1].getLiteralLexicalForm()) * hit.getScore() * statusFactor(link[0]);
                scores.merge(link[0], score, Math::max);
            }
        }
        return scores;
    }

    private double statusFactor(Node offering) {
        Set<Node> status = facets.getOrDefault(offering, Map.of()).get("status");
        return status != null && status.contains(EXISTING) ? 1.0 : NOT_EXISTING;
    }

    private Map<Node, Double> allOfferings() {
        Map<Node, Double> all = new HashMap<>();
        facets.keySet().forEach(o -> all.put(o, 0.0));
        return all;
    }

    private boolean matches(Node offering, SearchRequest r) {
        Map<String, Set<Node>> f = facets.getOrDefault(offering, Map.of());
        return matches(f.get("kind"), r.kind(), LSG.NS)
                && matches(f.get("area"), r.area(), null)
                && matches(f.get("place"), r.place(), null)
                && matches(f.get("status"), r.status(), Ids.RESOURCE + "status/");
    }

    private static boolean matches(Set<Node> values, String wanted, String namespaceForLocalNames) {
        if (wanted == null || wanted.isBlank())
            return true;
        if (values == null)
            return false;
        String iri = wanted.contains(":") || namespaceForLocalNames == null ? wanted : namespaceForLocalNames + wanted;
        return values.stream().anyMatch(v -> v.isURI() && v.getURI().equals(iri));
    }

    private EntryPoint card(Node offering, double score) {
        Query bound = QueryTransformOps.syntaxSubstitute(cardQuery, Map.of(Var.alloc("offering"), offering));
        Map<String, List<EntryPoint.Labelled>> fields = new LinkedHashMap<>();
        EntryPoint.Labelled label = new EntryPoint.Labelled(offering.getURI(), null, null);
        for (Binding b : select(store, bound)) {
            String field = b.get(Var.alloc("field")).getLiteralLexicalForm();
            Node value = b.get(Var.alloc("value"));
            EntryPoint.Labelled l = new EntryPoint.Labelled(value.isURI() ? value.getURI() : value.getLiteralLexicalForm(),
                    text(b.get(Var.alloc("sv"))), text(b.get(Var.alloc("en"))));
            if (field.equals("label"))
                label = l;
            else if (fields.computeIfAbsent(field, k -> new ArrayList<>()).stream().noneMatch(x -> x.value().equals(l.value())))
                fields.get(field).add(l);
        }
        return new EntryPoint(offering.getURI(), label, score, fields);
    }

    private static String text(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }

    private static List<Binding> select(GraphStore store, Query query) {
        return store.read(dsg -> {
            List<Binding> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
                qe.select().forEachRemaining(b -> rows.add(BindingFactory.copy(b)));
            }
            return rows;
        });
    }
}
