package se.lsgraph.server.pages;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** Reading one row of a page query: texts, IRIs and the label in the reader's language. */
final class Bindings {
    private Bindings() {}

    static Node node(Binding b, String var) {
        return b.get(Var.alloc(var));
    }

    static String text(Binding b, String var) {
        Node n = node(b, var);
        if (n == null)
            return null;
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    static String lang(Binding b, String var) {
        Node n = node(b, var);
        return n != null && n.isLiteral() ? n.getLiteralLanguage() : "";
    }

    /**
     * The term for IRI variable {@code var} labelled by {@code var}Sv / {@code var}En: the label in
     * the reader's language, else the other one (with its own language tag), else the IRI's last segment.
     * A query that binds {@code var}EnByLsgraph to true says the English label is lsgraph's own.
     */
    static Term term(Binding b, String var, Language language) {
        String[] label = label(b, var + "Sv", var + "En", language);
        return Term.ofIri(text(b, var), label[0], label[1], "en".equals(label[1]) && isTrue(b, var + "EnByLsgraph"));
    }

    static boolean isTrue(Binding b, String var) {
        Node n = node(b, var);
        return n != null && n.isLiteral() && "true".equals(n.getLiteralLexicalForm());
    }

    /** {text, lang} of the label in the reader's language, else the other; {null, ""} when neither. */
    static String[] label(Binding b, String svVar, String enVar, Language language) {
        String sv = text(b, svVar), en = text(b, enVar);
        if (language == Language.EN && en != null)
            return new String[] {en, "en"};
        if (sv != null)
            return new String[] {sv, "sv"};
        if (en != null)
            return new String[] {en, "en"};
        return new String[] {null, ""};
    }
}
