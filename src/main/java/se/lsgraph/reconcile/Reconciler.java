package se.lsgraph.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

import se.lsgraph.query.BundledSparql;
import se.lsgraph.store.GraphStore;

/**
 * Reconciles names (as in a spreadsheet column) against the graph's organisations, entry points and
 * places: scored candidates, best first; a candidate is a "match" only when it is sure (an exact
 * name or alternative name, and no other candidate as good).
 */
public final class Reconciler {
    static final double MATCH_SCORE = 100;
    private static final double MIN_SCORE = 50;

    private final List<Candidate> candidates;

    private Reconciler(List<Candidate> candidates) {
        this.candidates = candidates;
    }

    public static Reconciler build(GraphStore store) {
        Map<String, String> preferred = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, Map<String, Candidate.Kind>> kinds = new LinkedHashMap<>();
        store.read(dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(BundledSparql.text("reconcile-candidates")).build()) {
                qe.select().forEachRemaining(b -> collect(b, preferred, names, kinds));
            }
            return null;
        });
        List<Candidate> list = new ArrayList<>();
        for (String iri : names.keySet())
            list.add(new Candidate(iri, preferred.getOrDefault(iri, names.get(iri).get(0)), List.copyOf(names.get(iri)),
                    List.copyOf(kinds.get(iri).values())));
        return new Reconciler(list);
    }

    private static void collect(Binding b, Map<String, String> preferred, Map<String, List<String>> names,
                                Map<String, Map<String, Candidate.Kind>> kinds) {
        String iri = b.get(Var.alloc("entity")).getURI();
        Node name = b.get(Var.alloc("name"));
        String text = name.getLiteralLexicalForm();
        List<String> list = names.computeIfAbsent(iri, k -> new ArrayList<>());
        if (!list.contains(text))
            list.add(text);
        boolean isPreferred = Boolean.parseBoolean(b.get(Var.alloc("preferred")).getLiteralLexicalForm());
        if (isPreferred && (!preferred.containsKey(iri) || "sv".equals(name.getLiteralLanguage())))
            preferred.put(iri, text);
        Node type = b.get(Var.alloc("type"));
        Node typeName = b.get(Var.alloc("typeName"));
        Map<String, Candidate.Kind> k = kinds.computeIfAbsent(iri, x -> new LinkedHashMap<>());
        k.putIfAbsent(type.getURI(), new Candidate.Kind(type.getURI(),
                typeName == null ? type.getLocalName() : typeName.getLiteralLexicalForm()));
        Node root = b.get(Var.alloc("root"));
        k.putIfAbsent(root.getURI(), new Candidate.Kind(root.getURI(), b.get(Var.alloc("rootName")).getLiteralLexicalForm()));
    }

    /** Scored candidates for one name, best first, optionally only of one kind (a class IRI). */
    public List<Result> reconcile(String query, String type, int limit) {
        List<Result> results = new ArrayList<>();
        for (Candidate c : candidates) {
            if (type != null && c.kinds().stream().noneMatch(k -> k.iri().equals(type)))
                continue;
            double best = 0;
            for (String n : c.names())
                best = Math.max(best, NameSimilarity.score(query, n));
            if (best >= MIN_SCORE)
                results.add(new Result(c, best, false));
        }
        results.sort(Comparator.comparingDouble(Result::score).reversed().thenComparing(r -> r.candidate().iri()));
        boolean sure = !results.isEmpty() && results.get(0).score() >= MATCH_SCORE
                && (results.size() == 1 || results.get(1).score() < MATCH_SCORE);
        List<Result> top = results.subList(0, Math.min(limit, results.size()));
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < top.size(); i++)
            out.add(new Result(top.get(i).candidate(), top.get(i).score(), i == 0 && sure));
        return out;
    }

    /** The candidate with this IRI, for previews. */
    public Candidate candidate(String iri) {
        return candidates.stream().filter(c -> c.iri().equals(iri)).findFirst().orElse(null);
    }

    /** A scored candidate; match is true only for a sure match. */
    public record Result(Candidate candidate, double score, boolean match) {}
}
