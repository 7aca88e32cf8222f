package se.lsgraph.server.pages;

import static se.lsgraph.server.pages.Bindings.label;
import static se.lsgraph.server.pages.Bindings.text;

import org.apache.jena.sparql.engine.binding.Binding;

/**
 * How a page names a property. Forward: its rdfs:label from the ontology, else the message
 * property.NAME (for the reused vocabularies without labels: ORG, DCTERMS, schema.org), else its
 * local name. Inverse (for the resources that point at this one): the message inverse.NAME ("runs"
 * for operatedBy), else the forward name. Property names are never links: their IRIs are not pages.
 */
final class PropertyNames {
    private PropertyNames() {}

    static Term forward(Binding b, String var, Language language) {
        String[] own = label(b, var + "Sv", var + "En", language);
        if (own[0] != null && own[1].equals(language.code()))
            return Term.text(own[0], own[1]);
        String message = message("property.", b, var, language);
        if (message != null)
            return Term.text(message, language.code());
        return own[0] != null ? Term.text(own[0], own[1]) : Term.text(Term.shortName(text(b, var)), "");
    }

    static Term inverse(Binding b, String var, Language language) {
        String message = message("inverse.", b, var, language);
        return message != null ? Term.text(message, language.code()) : forward(b, var, language);
    }

    private static String message(String prefix, Binding b, String var, Language language) {
        return Templates.message(prefix + Term.shortName(text(b, var)), language);
    }
}
