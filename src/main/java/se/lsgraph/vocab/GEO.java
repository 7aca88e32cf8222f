package se.lsgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** GeoSPARQL terms Java code refers to (places lie within places), defined once. */
public final class GEO {
    public static final String NS = "http://www.opengis.net/ont/geosparql#";
    public static final Node sfWithin = NodeFactory.createURI(NS + "sfWithin");

    private GEO() {}
}
