package se.lsgraph.query;

import org.apache.jena.graph.Node;

/** A parameter of a named query: a variable the caller binds to a value of its type. */
public record QueryParam(String name, ParamType type, boolean optional, String example, String description) {

    /** The value as an RDF term, or IllegalArgumentException naming the parameter and the problem. */
    public Node bind(String value) {
        if (value == null || value.isBlank())
            throw new IllegalArgumentException("parameter '" + name + "' is empty");
        try {
            return type.parse(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter '" + name + "': " + e.getMessage());
        }
    }
}
