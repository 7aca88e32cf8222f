package se.lsgraph.bench;

import org.apache.jena.graph.Node;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;

/**
 * One written form for an RDF term from Jena and from RDF4J, so that two stores' rows can be compared
 * as text: {@code <iri>}, {@code "text"@lang}, {@code "text"^^<datatype>} ({@code "text"} for
 * xsd:string), {@code _:} for any blank node (their labels are the store's own), and the empty string
 * for an unbound variable.
 */
final class CompareTerms {
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private CompareTerms() {}

    static String of(Node node) {
        if (node == null)
            return "";
        if (node.isURI())
            return "<" + node.getURI() + ">";
        if (node.isBlank())
            return "_:";
        String lang = node.getLiteralLanguage();
        return literal(node.getLiteralLexicalForm(), lang.isEmpty() ? null : lang, node.getLiteralDatatypeURI());
    }

    static String of(Value value) {
        if (value == null)
            return "";
        if (value instanceof IRI iri)
            return "<" + iri.stringValue() + ">";
        if (value instanceof Literal l)
            return literal(l.getLabel(), l.getLanguage().orElse(null), l.getDatatype().stringValue());
        return "_:";
    }

    private static String literal(String lexical, String lang, String datatype) {
        String quoted = '"' + lexical + '"';
        if (lang != null)
            return quoted + "@" + lang.toLowerCase(java.util.Locale.ROOT);
        return datatype == null || datatype.equals(XSD_STRING) ? quoted : quoted + "^^<" + datatype + ">";
    }
}
