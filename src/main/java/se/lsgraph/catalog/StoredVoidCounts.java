package se.lsgraph.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.SD;

/**
 * The counts a VoID description written by {@link VoidDescription} holds, read back from it: the
 * inverse of {@link VoidDescription#describe}, so that a start on an unchanged store can take the
 * counts from the stored catalogue record instead of counting every quad again.
 */
final class StoredVoidCounts {
    private static final String TARGET_PREFIX = Ids.resource("dataset/").getURI();

    private StoredVoidCounts() {}

    /** A count the description should hold and does not. */
    private static final class MissingCount extends RuntimeException {
        MissingCount() {
            super(null, null, false, false);
        }
    }

    /**
     * The counts the description of {@code dataset} in {@code record} holds, or null when it lacks
     * any (no record yet, or one written otherwise): then the store is counted.
     */
    static VoidCounts in(Graph record, Node dataset) {
        try {
            return read(record, dataset);
        } catch (MissingCount e) {
            return null;
        }
    }

    private static VoidCounts read(Graph record, Node dataset) {
        long triples = number(record, dataset, VOID.triples.asNode());
        long subjects = number(record, dataset, VOID.distinctSubjects.asNode());
        Map<Node, Long> graphTriples = new HashMap<>();
        Map<String, VoidCounts.Linkset> linksets = new TreeMap<>();
        for (Node subset : objects(record, dataset, VOID.subset.asNode())) {
            Node graph = object(record, subset, SD.name.asNode());
            if (graph != null)
                graphTriples.put(graph, number(record, subset, VOID.triples.asNode()));
            else if (record.contains(subset, RDF.type.asNode(), VOID.Linkset.asNode()))
                linksets.put(target(record, subset), new VoidCounts.Linkset(required(record, subset, VOID.linkPredicate.asNode()),
                        number(record, subset, VOID.triples.asNode())));
        }
        Map<Node, Long> classEntities = new HashMap<>();
        for (Node partition : objects(record, dataset, VOID.classPartition.asNode()))
            classEntities.put(required(record, partition, VOID._class.asNode()), number(record, partition, VOID.entities.asNode()));
        Map<Node, long[]> properties = new HashMap<>();
        for (Node partition : objects(record, dataset, VOID.propertyPartition.asNode()))
            properties.put(required(record, partition, VOID.property.asNode()), new long[] {
                    number(record, partition, VOID.triples.asNode()),
                    number(record, partition, VOID.distinctSubjects.asNode()),
                    number(record, partition, VOID.distinctObjects.asNode())});
        return VoidCounts.of(triples, subjects, graphTriples, classEntities, properties, linksets);
    }

    private static Iterable<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList();
    }

    private static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static Node required(Graph g, Node s, Node p) {
        Node o = object(g, s, p);
        if (o == null)
            throw new MissingCount();
        return o;
    }

    private static long number(Graph g, Node s, Node p) {
        Node n = required(g, s, p);
        if (!n.isLiteral() || !(n.getLiteralValue() instanceof Number number))
            throw new MissingCount();
        return number.longValue();
    }

    /** The linkset's target name: dataset/ror is "ror". */
    private static String target(Graph g, Node linkset) {
        Node target = required(g, linkset, VOID.objectsTarget.asNode());
        if (!target.isURI() || !target.getURI().startsWith(TARGET_PREFIX))
            throw new MissingCount();
        return target.getURI().substring(TARGET_PREFIX.length());
    }
}
