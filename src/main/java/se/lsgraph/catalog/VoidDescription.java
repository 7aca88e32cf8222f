package se.lsgraph.catalog;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.SD;

/**
 * The VoID description of the dataset, from the store's counts (see {@link VoidCounts}): its quads, subjects and named graphs;
 * one subset per named graph with its triples; class and property partitions; linksets to ROR,
 * Wikidata, GeoNames and SCB with their link counts. The catalogue graph is left out: it describes
 * the dataset and is not part of it, so every count here equals what a dump holds.
 */
public final class VoidDescription {
    private final Node dataset;
    private final Graph out;

    private VoidDescription(Node dataset, Graph out) {
        this.dataset = dataset;
        this.out = out;
    }

    /** Adds the description of {@code dataset} to {@code out}, from the counts of the store; call inside a transaction. */
    static void describe(GraphStore store, DatasetGraph dsg, Node dataset, Graph out) {
        new VoidDescription(dataset, out).describe(CurrentVoidCounts.of(store, dsg));
    }

    private void describe(VoidCounts counts) {
        add(dataset, RDF.type.asNode(), VOID.Dataset.asNode());
        add(dataset, VOID.triples.asNode(), integer(counts.triples()));
        add(dataset, VOID.distinctSubjects.asNode(), integer(counts.subjects()));
        for (var e : inQueryOrder(counts.graphTriples()).entrySet())
            graphSubset(e.getKey(), e.getValue());
        int index = 0;
        for (var e : inQueryOrder(counts.classEntities()).entrySet())
            classPartition(++index, e.getKey(), e.getValue());
        add(dataset, VOID.classes.asNode(), integer(counts.classEntities().size()));
        index = 0;
        for (var e : inQueryOrder(counts.properties()).entrySet())
            propertyPartition(++index, e.getKey(), e.getValue());
        add(dataset, VOID.properties.asNode(), integer(counts.properties().size()));
        counts.linksets().forEach(this::linkset);
    }

    /** Sorted as the queries' ORDER BY sorts the terms. */
    private static <V> Map<Node, V> inQueryOrder(Map<Node, V> map) {
        Map<Node, V> sorted = new TreeMap<>((a, b) -> NodeValue.compareAlways(NodeValue.makeNode(a), NodeValue.makeNode(b)));
        sorted.putAll(map);
        return sorted;
    }

    private void graphSubset(Node graph, long triples) {
        String name = Ids.sourceNameOf(graph);
        Node subset = part("graph/" + (name != null ? name : Integer.toHexString(graph.getURI().hashCode())));
        add(dataset, VOID.subset.asNode(), subset);
        add(subset, RDF.type.asNode(), VOID.Dataset.asNode());
        add(subset, SD.name.asNode(), graph);
        add(subset, VOID.triples.asNode(), integer(triples));
    }

    private void classPartition(int index, Node type, long entities) {
        Node partition = part("class/" + index);
        add(dataset, VOID.classPartition.asNode(), partition);
        add(partition, RDF.type.asNode(), VOID.Dataset.asNode());
        add(partition, VOID._class.asNode(), type);
        add(partition, VOID.entities.asNode(), integer(entities));
    }

    private void propertyPartition(int index, Node property, long[] counts) {
        Node partition = part("property/" + index);
        add(dataset, VOID.propertyPartition.asNode(), partition);
        add(partition, RDF.type.asNode(), VOID.Dataset.asNode());
        add(partition, VOID.property.asNode(), property);
        add(partition, VOID.triples.asNode(), integer(counts[0]));
        add(partition, VOID.distinctSubjects.asNode(), integer(counts[1]));
        add(partition, VOID.distinctObjects.asNode(), integer(counts[2]));
    }

    private void linkset(String target, VoidCounts.Linkset counted) {
        Node linkset = part("linkset/" + target);
        add(linkset, RDF.type.asNode(), VOID.Linkset.asNode());
        add(linkset, VOID.subjectsTarget.asNode(), dataset);
        add(linkset, VOID.objectsTarget.asNode(), Ids.resource("dataset/" + target));
        add(linkset, VOID.linkPredicate.asNode(), counted.predicate());
        add(linkset, VOID.triples.asNode(), integer(counted.links()));
        add(dataset, VOID.subset.asNode(), linkset);
    }

    private Node part(String path) {
        return NodeFactory.createURI(dataset.getURI() + "/" + path);
    }

    private void add(Node s, Node p, Node o) {
        out.add(Triple.create(s, p, o));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
