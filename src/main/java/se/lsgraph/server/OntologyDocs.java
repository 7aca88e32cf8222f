package se.lsgraph.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

import se.lsgraph.query.BoundQuery;
import se.lsgraph.server.pages.Language;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.LSG;

/**
 * The view model of the ontology documentation: every term lsgraph's ontology defines, read from
 * the ontology graph (so the page always says what ontology/ says), with its label and definition
 * in the reader's language (the other language when one is missing), and links to related terms.
 */
final class OntologyDocs {
    private static final BoundQuery TERMS = BoundQuery.bundled("ontology-terms");

    /** A term as the page shows it; anchor is its local name, so the term IRI's fragment lands on it. */
    record Term(String iri, String anchor, String kind, String label, String comment, List<Link> domains, List<Link> ranges,
                List<Link> parents) {}

    /** A related term: its text and where it links (inside the page for lsgraph's own terms). */
    record Link(String text, String href) {}

    private OntologyDocs() {}

    static List<Term> terms(GraphStore store, Language language) {
        Map<String, Node> params = Map.of("ontologyGraph", Ids.ONTOLOGY_GRAPH,
                "ontology", NodeFactory.createURI(LSG.ONTOLOGY));
        return store.read(dsg -> TERMS.select(dsg, params)).stream().map(b -> term(b, language)).toList();
    }

    private static Term term(Binding b, Language language) {
        String iri = b.get(Var.alloc("term")).getURI();
        boolean sv = "sv".equals(language.code());
        String label = pick(b, sv ? "labelSv" : "labelEn", sv ? "labelEn" : "labelSv", iri.substring(LSG.NS.length()));
        String comment = pick(b, sv ? "commentSv" : "commentEn", sv ? "commentEn" : "commentSv", "");
        Node kind = b.get(Var.alloc("kind"));
        return new Term(iri, iri.substring(LSG.NS.length()), kind == null ? "other" : kind.getLiteralLexicalForm(), label, comment,
                links(b, "domains"), links(b, "ranges"), links(b, "parents"));
    }

    private static String pick(Binding b, String first, String second, String fallback) {
        Node n = b.get(Var.alloc(first));
        if (n == null)
            n = b.get(Var.alloc(second));
        return n == null ? fallback : n.getLiteralLexicalForm();
    }

    private static List<Link> links(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        if (n == null || n.getLiteralLexicalForm().isBlank())
            return List.of();
        return Arrays.stream(n.getLiteralLexicalForm().split(" ")).sorted().map(OntologyDocs::link).toList();
    }

    private static Link link(String iri) {
        if (iri.startsWith(LSG.NS))
            return new Link("lsg:" + iri.substring(LSG.NS.length()), "#" + iri.substring(LSG.NS.length()));
        return new Link(iri, iri);
    }
}
