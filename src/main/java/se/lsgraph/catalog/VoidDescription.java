package se.lsgraph.catalog;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.SD;

/**
 * The VoID description of the dataset computed from the store: its quads, subjects and named graphs;
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

    /** Adds the description of {@code dataset} to {@code out}; call inside a read transaction. */
    static void describe(DatasetGraph dsg, Node dataset, Graph out) {
        new VoidDescription(dataset, out).describe(dsg);
    }

    private void describe(DatasetGraph dsg) {
        Map<String, Node> params = Map.of("catalogGraph", CatalogGraph.NAME);
        add(dataset, RDF.type.asNode(), VOID.Dataset.asNode());
        Binding totals = CatalogQueries.select(dsg, "void-totals", params).get(0);
        add(dataset, VOID.triples.asNode(), CatalogQueries.get(totals, "triples"));
        add(dataset, VOID.distinctSubjects.asNode(), CatalogQueries.get(totals, "subjects"));
        for (Binding b : CatalogQueries.select(dsg, "void-graph-triples", params))
            graphSubset(b);
        List<Binding> classes = CatalogQueries.select(dsg, "void-class-partitions", params);
        for (int i = 0; i < classes.size(); i++)
            classPartition(i + 1, classes.get(i));
        add(dataset, VOID.classes.asNode(), integer(classes.size()));
        List<Binding> properties = CatalogQueries.select(dsg, "void-property-partitions", params);
        for (int i = 0; i < properties.size(); i++)
            propertyPartition(i + 1, properties.get(i));
        add(dataset, VOID.properties.asNode(), integer(properties.size()));
        for (Binding b : CatalogQueries.select(dsg, "void-linksets", params))
            linkset(b);
    }

    private void graphSubset(Binding b) {
        Node graph = CatalogQueries.get(b, "g");
        String name = Ids.sourceNameOf(graph);
        Node subset = part("graph/" + (name != null ? name : Integer.toHexString(graph.getURI().hashCode())));
        add(dataset, VOID.subset.asNode(), subset);
        add(subset, RDF.type.asNode(), VOID.Dataset.asNode());
        add(subset, SD.name.asNode(), graph);
        add(subset, VOID.triples.asNode(), CatalogQueries.get(b, "triples"));
    }

    private void classPartition(int index, Binding b) {
        Node partition = part("class/" + index);
        add(dataset, VOID.classPartition.asNode(), partition);
        add(partition, RDF.type.asNode(), VOID.Dataset.asNode());
        add(partition, VOID._class.asNode(), CatalogQueries.get(b, "class"));
        add(partition, VOID.entities.asNode(), CatalogQueries.get(b, "entities"));
    }

    private void propertyPartition(int index, Binding b) {
        Node partition = part("property/" + index);
        add(dataset, VOID.propertyPartition.asNode(), partition);
        add(partition, RDF.type.asNode(), VOID.Dataset.asNode());
        add(partition, VOID.property.asNode(), CatalogQueries.get(b, "property"));
        add(partition, VOID.triples.asNode(), CatalogQueries.get(b, "triples"));
        add(partition, VOID.distinctSubjects.asNode(), CatalogQueries.get(b, "subjects"));
        add(partition, VOID.distinctObjects.asNode(), CatalogQueries.get(b, "objects"));
    }

    private void linkset(Binding b) {
        String target = CatalogQueries.get(b, "target").getLiteralLexicalForm();
        Node linkset = part("linkset/" + target);
        add(linkset, RDF.type.asNode(), VOID.Linkset.asNode());
        add(linkset, VOID.subjectsTarget.asNode(), dataset);
        add(linkset, VOID.objectsTarget.asNode(), Ids.resource("dataset/" + target));
        add(linkset, VOID.linkPredicate.asNode(), CatalogQueries.get(b, "predicate"));
        add(linkset, VOID.triples.asNode(), CatalogQueries.get(b, "links"));
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
