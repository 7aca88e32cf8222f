package se.lsgraph.query;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * A parameter of a named query: a variable the caller binds to a value of its type. A string
 * parameter may be limited to a few choices (written "string:a|b|c" in the header).
 */
public record QueryParam(String name, ParamType type, boolean optional, String example, String description, List<String> choices) {

    public QueryParam(String name, ParamType type, boolean optional, String example, String description) {
        this(name, type, optional, example, description, List.of());
    }

    /** The value as an RDF term, or IllegalArgumentException naming the parameter and the problem. */
    public Node bind(String value) {
        if (value == null || value.isBlank())
            throw new IllegalArgumentException("parameter '" + name + "' is empty");
        if (!choices.isEmpty() && !choices.contains(value.strip()))
            throw new IllegalArgumentException("parameter '" + name + "': one of " + String.join(", ", choices)
                    + ", not '" + value.strip() + "'");
        try {
            return type.parse(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter '" + name + "': " + e.getMessage());
        }
    }

    /** The type as written for people: "string", or "string (summary, own or both)". */
    public String typeLabel() {
        if (choices.isEmpty())
            return type.label();
        return type.label() + " (" + String.join(", ", choices.subList(0, choices.size() - 1)) + " or "
                + choices.get(choices.size() - 1) + ")";
    }
}
