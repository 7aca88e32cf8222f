package se.lsgraph.link;

import java.util.Comparator;

import org.apache.jena.graph.Node;

/** A stable order of nodes (by their string form), so derived files come out the same every run. */
final class NodeOrder {
    static final Comparator<Node> BY_STRING = Comparator.comparing(Node::toString);

    private NodeOrder() {}
}
