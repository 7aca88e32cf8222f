package se.lsgraph.server.limits;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;

/** The text argument of REGEX and REPLACE: a simple or language-tagged string literal, as SPARQL requires. */
final class StringArgument {
    private StringArgument() {}

    static String lexicalForm(String function, NodeValue value) {
        Node node = value.asNode();
        if (!node.isLiteral() || !(value.isString() || value.isLangString()))
            throw new ExprEvalException(function + ": not a string literal: " + value);
        return node.getLiteralLexicalForm();
    }
}
