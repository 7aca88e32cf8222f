package se.lsgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The IRI space of lsgraph: resources, named graphs and the dataset. Defined once here. */
public final class Ids {
    public static final String BASE = "https://w3id.org/lsgraph/";
    public static final String RESOURCE = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";

    /** Where the ontology, vocabularies and shapes are stored. */
    public static final Node ONTOLOGY_GRAPH = graph("ontology");
    /** Where every load leaves its provenance record. */
    public static final Node PROVENANCE_GRAPH = graph("provenance");
    /** lsgraph's own curation: readings, links between strategies, and the English names lsgraph gave itself. */
    public static final Node CURATION_GRAPH = graph("curation");

    private Ids() {}

    /** A status of an offering (existing, ended, proposed, planned: ontology/vocabularies/status.ttl). */
    public static Node status(String name) {
        return resource("status/" + name);
    }

    public static Node graph(String sourceName) {
        return NodeFactory.createURI(GRAPH + sourceName);
    }

    public static Node resource(String path) {
        return NodeFactory.createURI(RESOURCE + path);
    }

    /** The source name of one of our named graphs, or null if the IRI is not one of ours. */
    public static String sourceNameOf(Node graph) {
        if (!graph.isURI() || !graph.getURI().startsWith(GRAPH))
            return null;
        return graph.getURI().substring(GRAPH.length());
    }
}
