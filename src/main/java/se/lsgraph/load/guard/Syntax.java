package se.lsgraph.load.guard;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/** The families of input syntax whose brackets and strings the guard follows. */
public enum Syntax {
    TURTLE, JSON, CSV, XML, OTHER;

    /** The family of an RDF syntax. */
    public static Syntax of(Lang lang) {
        if (RDFLanguages.isTriples(lang) || RDFLanguages.isQuads(lang)) {
            if (lang.equals(Lang.JSONLD) || lang.equals(Lang.RDFJSON) || lang.getName().startsWith("JSON-LD"))
                return JSON;
            if (lang.equals(Lang.RDFXML))
                return XML;
            if (lang.equals(Lang.RDFTHRIFT) || lang.equals(Lang.RDFPROTO))
                return OTHER;
            return TURTLE;
        }
        return OTHER;
    }

    /** The family of a mapping's input format (csv, json, yaml-front-matter). */
    public static Syntax ofMappingFormat(String format) {
        return switch (format == null ? "json" : format) {
            case "csv" -> CSV;
            case "json" -> JSON;
            default -> OTHER;
        };
    }

    SyntaxScanner scanner(InputLimits limits) {
        return switch (this) {
            case TURTLE -> new TurtleScanner(limits);
            case JSON -> new JsonScanner(limits);
            case CSV -> new CsvScanner(limits);
            case XML -> new XmlScanner(limits);
            case OTHER -> SyntaxScanner.NONE;
        };
    }
}
