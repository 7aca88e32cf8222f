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
 * places: scored candidates, best first. Property values in a query raise a candidate's score when
 * they match: an identifier (organisation number, ROR, Wikidata, municipality code) makes it 100,
 * a place it lies in adds {@link #PLACE_BONUS}. A candidate is a "match" only when it is sure (an
 * exact name or a matching identifier, and no other candidate as good).
 */
public final class Reconciler {
    static final double MATCH_SCORE = 100;
    static final double PLACE_BONUS = 10;
    private static final double MIN_SCORE = 50;

    private final List<Candidate> candidates;
    private final Map<String, Candidate> byIri = new LinkedHashMap<>();

    private Reconciler(List<Candidate> candidates) {
        this.candidates = candidates;
        candidates.forEach(c -> byIri.put(c.iri(), c));
    }

    public static Reconciler build(GraphStore store) {
        Map<String, String> preferred = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, Map<String, Candidate.Kind>> kinds = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> properties = new LinkedHashMap<>();
        store.read(dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(BundledSparql.text("reconcile-candidates")).build()) {
                qe.select().forEachRemaining(b -> collect(b, preferred, names, kinds));
            }
            try (QueryExec qe = QueryExec.dataset(dsg).query(BundledSparql.text("reconcile-properties")).build()) {
                qe.select().forEachRemaining(b -> {
                    List<String> values = properties.computeIfAbsent(b.get(Var.alloc("entity")).getURI(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(b.get(Var.alloc("property")).getLiteralLexicalForm(), k -> new ArrayList<>());
                    String value = b.get(Var.alloc("value")).getLiteralLexicalForm();
                    if (!values.contains(value))
                        values.add(value);
                });
            }
            return null;
        });
        List<Candidate> list = new ArrayList<>();
        for (String iri : names.keySet())
            list.add(new Candidate(iri, preferred.getOrDefault(iri, names.get(iri).get(0)), List.copyOf(names.get(iri)),
                    List.copyOf(kinds.get(iri).values()), Map.copyOf(properties.getOrDefault(iri, Map.of()))));
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

    /** Scored candidates for one name, best first, only of the given kinds (class IRIs) when any are given. */
    public List<Result> reconcile(String query, String type, int limit) {
        return reconcile(new ReconcileQuery(query, type == null ? List.of() : List.of(type), limit, List.of()));
    }

    public List<Result> reconcile(ReconcileQuery query) {
        List<Result> results = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!query.types().isEmpty() && c.kinds().stream().noneMatch(k -> query.types().contains(k.iri())))
                continue;
            Result r = score(c, query);
            if (r.score() >= MIN_SCORE)
                results.add(r);
        }
        results.sort(Comparator.comparingDouble(Result::score).reversed()
                .thenComparingInt((Result r) -> r.candidate().name().length())
                .thenComparing(r -> r.candidate().iri()));
        boolean sure = !results.isEmpty() && results.get(0).sure()
                && (results.size() == 1 || results.get(1).score() < MATCH_SCORE);
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < Math.min(query.limit(), results.size()); i++) {
            Result r = results.get(i);
            out.add(new Result(r.candidate(), r.score(), i == 0 && sure, r.nameScore(), r.matchedProperties(), r.sure()));
        }
        return out;
    }

    private static Result score(Candidate c, ReconcileQuery query) {
        double name = 0;
        for (String n : c.names())
            name = Math.max(name, NameSimilarity.score(query.name(), n));
        double score = name;
        boolean identified = false;
        List<String> matched = new ArrayList<>();
        for (ReconcileQuery.PropertyValue v : query.properties()) {
            if (!hasValue(c, v))
                continue;
            matched.add(v.property().id());
            if (v.property().isIdentifier())
                identified = true;
            else
                score = Math.min(MATCH_SCORE - 1, score + PLACE_BONUS);
        }
        if (identified)
            score = MATCH_SCORE;
        else if (name >= MATCH_SCORE)
            score = MATCH_SCORE;
        return new Result(c, score, false, name, List.copyOf(matched), identified || name >= MATCH_SCORE);
    }

    private static boolean hasValue(Candidate c, ReconcileQuery.PropertyValue v) {
        String wanted = comparable(v.property(), v.value());
        return !wanted.isEmpty() && c.values(v.property()).stream().anyMatch(x -> comparable(v.property(), x).equals(wanted));
    }

    /** Identifiers compare without spaces, dashes and case; names as in name matching. */
    private static String comparable(ReconcileProperty p, String value) {
        return p.isIdentifier() ? value.replaceAll("[\\s\\-]", "").toLowerCase() : Names.normalise(value);
    }

    /** Candidates with a name word starting with the prefix, best name match first: the entity suggest service. */
    public List<Candidate> suggest(String prefix, int limit) {
        List<Result> hits = new ArrayList<>();
        for (Candidate c : candidates)
            if (c.names().stream().anyMatch(n -> NameSimilarity.hasWordStartingWith(n, prefix)))
                hits.add(score(c, new ReconcileQuery(prefix, List.of(), limit, List.of())));
        hits.sort(Comparator.comparingDouble(Result::score).reversed()
                .thenComparingInt((Result r) -> r.candidate().name().length())
                .thenComparing(r -> r.candidate().iri()));
        return hits.stream().limit(limit).map(Result::candidate).toList();
    }

    /** Every kind some candidate has, once, in the order first met. */
    public List<Candidate.Kind> kinds() {
        Map<String, Candidate.Kind> out = new LinkedHashMap<>();
        for (Candidate c : candidates)
            for (Candidate.Kind k : c.kinds())
                out.putIfAbsent(k.iri(), k);
        return List.copyOf(out.values());
    }

    /** The candidate with this IRI, for previews and data extension; null if there is none. */
    public Candidate candidate(String iri) {
        return byIri.get(iri);
    }

    /**
     * A scored candidate; match is true only for a sure match. nameScore is the name similarity alone,
     * matchedProperties the ids of the query's properties the candidate matched, sure whether the
     * candidate alone could be a sure match (exact name or matching identifier).
     */
    public record Result(Candidate candidate, double score, boolean match, double nameScore, List<String> matchedProperties,
                         boolean sure) {}
}
