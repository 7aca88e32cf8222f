package se.lsgraph.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import se.lsgraph.query.BundledSparql;
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
    private static final Query TERMS = QueryFactory.create(BundledSparql.text("ontology-terms"));

    /** A term as the page shows it; anchor is its local name, so the term IRI's fragment lands on it. */
    record Term(String iri, String anchor, String kind, String label, String comment, List<Link> domains, List<Link> ranges,
                List<Link> parents) {}

    /** A related term: its text and where it links (inside the page for lsgraph's own terms). */
    record Link(String text, String href) {}

    private OntologyDocs() {}

    static List<Term> terms(GraphStore store, Language language) {
        Map<Var, Node> params = Map.of(Var.alloc("ontologyGraph"), Ids.ONTOLOGY_GRAPH,
                Var.alloc("ontology"), NodeFactory.createURI(LSG.ONTOLOGY));
        Query bound = QueryTransformOps.syntaxSubstitute(TERMS, params);
        return store.read(dsg -> {
            List<Term> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(bound).build()) {
                qe.select().forEachRemaining(b -> out.add(term(b, language)));
            }
            return out;
        });
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
