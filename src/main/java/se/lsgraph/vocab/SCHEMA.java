package se.lsgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The schema.org terms (http://schema.org/, as the data writes them) Java code refers to, defined once. */
public final class SCHEMA {
    public static final String NS = "http://schema.org/";
    public static final Node description = NodeFactory.createURI(NS + "description");
    public static final Node keywords = NodeFactory.createURI(NS + "keywords");

    private SCHEMA() {}
}
