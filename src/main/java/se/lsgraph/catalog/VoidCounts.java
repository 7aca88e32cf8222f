package se.lsgraph.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;

import se.lsgraph.store.WriteChanges;

/**
 * Every number of the VoID description: quads and distinct subjects of the described dataset (all
 * named graphs but the catalogue graph), triples per graph, entities per class, triples, distinct
 * subjects and distinct objects per property, and links per linkset.
 * <p>
 * Counted from scratch by the void-*.rq queries, or carried over a write by {@link #after}: all
 * but the distinct objects are sums over subjects, so the same queries run over the quads of only
 * the subjects the write touched, as they were before and as they are after, give the difference;
 * a property's distinct objects are checked object by object for the (property, object) pairs the
 * write touched. Either way the numbers are those the queries give over the whole store.
 */
final class VoidCounts {
    private static final Map<String, Node> PARAMS = Map.of("catalogGraph", CatalogGraph.NAME);
    /** The queries every count comes from: counts made by other versions of them are not these counts. */
    static final List<String> QUERIES = List.of("void-totals", "void-graph-triples", "void-class-partitions",
            "void-property-partitions", "void-linksets");

    /** One linkset row: the predicate it counts and its distinct links. */
    record Linkset(Node predicate, long links) {}

    private long triples;
    private long subjects;
    private final Map<Node, Long> graphTriples = new HashMap<>();
    private final Map<Node, Long> classEntities = new HashMap<>();
    /** Per property: triples, distinct subjects, distinct objects. */
    private final Map<Node, long[]> properties = new HashMap<>();
    private final Map<String, Linkset> linksets = new TreeMap<>();

    private VoidCounts() {}

    /** All counts by the queries over the whole store; in a transaction. */
    static VoidCounts count(DatasetGraph dsg) {
        VoidCounts c = new VoidCounts();
        c.add(dsg, 1, true);
        return c;
    }

    /** Counts already made (as a stored VoID description holds them); properties' arrays are triples, subjects, objects. */
    static VoidCounts of(long triples, long subjects, Map<Node, Long> graphTriples, Map<Node, Long> classEntities,
                         Map<Node, long[]> properties, Map<String, Linkset> linksets) {
        VoidCounts c = new VoidCounts();
        c.triples = triples;
        c.subjects = subjects;
        c.graphTriples.putAll(graphTriples);
        c.classEntities.putAll(classEntities);
        properties.forEach((p, n) -> c.properties.put(p, n.clone()));
        c.linksets.putAll(linksets);
        return c;
    }

    /**
     * The counts after a write, from these counts before it: {@code dsg} is the store with the
     * write's changes (inside its transaction), {@code changes} what it added and removed.
     */
    VoidCounts after(DatasetGraph dsg, WriteChanges changes) {
        Set<Quad> added = described(changes.added());
        Set<Quad> removed = described(changes.removed());
        VoidCounts next = copy();
        Set<Node> touched = new HashSet<>();
        added.forEach(q -> touched.add(q.getSubject()));
        removed.forEach(q -> touched.add(q.getSubject()));
        if (touched.isEmpty())
            return next;
        DatasetGraph now = DatasetGraphFactory.create();
        DatasetGraph before = DatasetGraphFactory.create();
        for (Node s : touched)
            dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (isDescribed(q)) {
                    now.add(q);
                    if (!added.contains(q))
                        before.add(q);
                }
            });
        removed.forEach(before::add);
        next.add(before, -1, false);
        next.add(now, 1, false);
        next.countObjects(dsg, added, removed);
        next.dropEmpty();
        return next;
    }

    long triples() {
        return triples;
    }

    long subjects() {
        return subjects;
    }

    long graphs() {
        return graphTriples.size();
    }

    Map<Node, Long> graphTriples() {
        return graphTriples;
    }

    Map<Node, Long> classEntities() {
        return classEntities;
    }

    /** Per property: triples, distinct subjects, distinct objects. */
    Map<Node, long[]> properties() {
        return properties;
    }

    /** By target name, in the order of the names. */
    Map<String, Linkset> linksets() {
        return linksets;
    }

    /**
     * Adds {@code sign} times the counts the queries give over {@code dsg}; the distinct objects
     * only if {@code withObjects} (they are not a sum over subjects).
     */
    private void add(DatasetGraph dsg, int sign, boolean withObjects) {
        Binding totals = CatalogQueries.select(dsg, "void-totals", PARAMS).get(0);
        triples += sign * number(totals, "triples");
        subjects += sign * number(totals, "subjects");
        for (Binding b : CatalogQueries.select(dsg, "void-graph-triples", PARAMS))
            graphTriples.merge(CatalogQueries.get(b, "g"), sign * number(b, "triples"), Long::sum);
        for (Binding b : CatalogQueries.select(dsg, "void-class-partitions", PARAMS))
            classEntities.merge(CatalogQueries.get(b, "class"), sign * number(b, "entities"), Long::sum);
        for (Binding b : CatalogQueries.select(dsg, "void-property-partitions", PARAMS)) {
            long[] counts = properties.computeIfAbsent(CatalogQueries.get(b, "property"), p -> new long[3]);
            counts[0] += sign * number(b, "triples");
            counts[1] += sign * number(b, "subjects");
            if (withObjects)
                counts[2] += sign * number(b, "objects");
        }
        for (Binding b : CatalogQueries.select(dsg, "void-linksets", PARAMS)) {
            String target = CatalogQueries.get(b, "target").getLiteralLexicalForm();
            long links = sign * number(b, "links");
            linksets.merge(target, new Linkset(CatalogQueries.get(b, "predicate"), links),
                    (was, more) -> new Linkset(was.predicate(), was.links() + more.links()));
        }
    }

    /** A property gains an object the store did not have with it before, and loses one it no longer has. */
    private void countObjects(DatasetGraph dsg, Set<Quad> added, Set<Quad> removed) {
        Set<List<Node>> removedPairs = new HashSet<>();
        removed.forEach(q -> removedPairs.add(List.of(q.getPredicate(), q.getObject())));
        Set<List<Node>> touched = new HashSet<>(removedPairs);
        added.forEach(q -> touched.add(List.of(q.getPredicate(), q.getObject())));
        for (List<Node> pair : touched) {
            boolean before = removedPairs.contains(pair) || hasQuad(dsg, pair, added);
            boolean now = hasQuad(dsg, pair, Set.of());
            if (before != now)
                properties.computeIfAbsent(pair.get(0), p -> new long[3])[2] += now ? 1 : -1;
        }
    }

    /** True when the store holds a described quad with this predicate and object that is not in {@code except}. */
    private static boolean hasQuad(DatasetGraph dsg, List<Node> pair, Set<Quad> except) {
        for (var it = dsg.find(Node.ANY, Node.ANY, pair.get(0), pair.get(1)); it.hasNext(); ) {
            Quad q = it.next();
            if (isDescribed(q) && !except.contains(q))
                return true;
        }
        return false;
    }

    private void dropEmpty() {
        graphTriples.values().removeIf(n -> n == 0);
        classEntities.values().removeIf(n -> n == 0);
        properties.values().removeIf(n -> n[0] == 0);
    }

    private VoidCounts copy() {
        return of(triples, subjects, graphTriples, classEntities, properties, linksets);
    }

    private static Set<Quad> described(Set<Quad> quads) {
        Set<Quad> kept = new HashSet<>();
        for (Quad q : quads)
            if (isDescribed(q))
                kept.add(q);
        return kept;
    }

    /** In a named graph other than the catalogue graph, as the queries' GRAPH ?g with their filter. */
    private static boolean isDescribed(Quad q) {
        return !q.isDefaultGraph() && !Quad.isUnionGraph(q.getGraph()) && !q.getGraph().equals(CatalogGraph.NAME);
    }

    private static long number(Binding b, String var) {
        return ((Number) CatalogQueries.get(b, var).getLiteralValue()).longValue();
    }

    /** Equal when every number is equal: a count carried over writes against a count from scratch. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof VoidCounts o))
            return false;
        return triples == o.triples && subjects == o.subjects && graphTriples.equals(o.graphTriples)
                && classEntities.equals(o.classEntities) && linksets.equals(o.linksets) && sameProperties(o);
    }

    private boolean sameProperties(VoidCounts o) {
        if (!properties.keySet().equals(o.properties.keySet()))
            return false;
        return properties.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), o.properties.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return Long.hashCode(triples) * 31 + graphTriples.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("triples=" + triples + " subjects=" + subjects + " graphs=" + graphTriples
                + " classes=" + classEntities + " linksets=" + linksets + " properties={");
        properties.forEach((p, n) -> s.append(p).append('=').append(java.util.Arrays.toString(n)).append(' '));
        return s.append('}').toString();
    }
}
