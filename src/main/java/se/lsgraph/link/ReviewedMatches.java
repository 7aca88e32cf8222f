package se.lsgraph.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import se.lsgraph.query.BundledSparql;
import se.lsgraph.vocab.Ids;

/**
 * Carries the facts of ROR records over to the curated organisations they were matched with in the
 * reviewed table ror-matches.tsv (exact identifier, or name variant plus place). A parent or child
 * that is itself matched becomes the curated organisation; otherwise it stays the ROR record.
 */
final class ReviewedMatches {
    static final String TABLE = "ror-matches.tsv";
    static final List<String> COLUMNS = List.of("organisation", "ror", "method", "evidence");
    private static final List<String> METHODS = List.of("identifier", "name+place");
    private static final Node ORGANIZATION = NodeFactory.createURI("http://www.w3.org/ns/org#Organization");
    private static final String ORG_NS = "http://www.w3.org/ns/org#";

    private ReviewedMatches() {}

    /** Returns the number of matches carried over. */
    static int derive(Graph registry, Graph curated, Graph out, Node source) {
        List<ReviewedTable.Row> rows = ReviewedTable.read(TABLE, COLUMNS);
        Map<Node, Node> organisationOf = new HashMap<>();
        for (ReviewedTable.Row row : rows) {
            Node organisation = Ids.resource("org/" + row.get("organisation"));
            Node record = NodeFactory.createURI("https://ror.org/" + row.get("ror"));
            if (!curated.contains(organisation, RDF.type.asNode(), Node.ANY))
                throw row.reject("no curated organisation " + organisation.getURI());
            if (!registry.contains(record, RDF.type.asNode(), ORGANIZATION))
                throw row.reject("no ROR record " + record.getURI() + " in the open data");
            if (!METHODS.contains(row.get("method")))
                throw row.reject("method must be one of " + METHODS);
            if (row.get("evidence").isEmpty())
                throw row.reject("a reviewed match states its evidence");
            if (organisationOf.put(record, organisation) != null)
                throw row.reject(record.getURI() + " is matched twice");
        }
        Query carry = QueryFactory.create(BundledSparql.text("curated-organisation-from-registry"));
        for (ReviewedTable.Row row : rows) {
            Node record = NodeFactory.createURI("https://ror.org/" + row.get("ror"));
            Node organisation = organisationOf.get(record);
            Query bound = QueryTransformOps.syntaxSubstitute(carry,
                    Map.of(Var.alloc("record"), record, Var.alloc("organisation"), organisation));
            try (QueryExec qe = QueryExec.graph(registry).query(bound).build()) {
                qe.construct().find().forEachRemaining(t -> out.add(curatedSide(t, organisationOf)));
            }
            LinkRecord.add(out, row.get("organisation") + "-ror", organisation, SKOS.exactMatch.asNode(), record, source,
                    "Reviewed match (" + row.get("method") + "): " + row.get("evidence"));
        }
        return rows.size();
    }

    private static Triple curatedSide(Triple t, Map<Node, Node> organisationOf) {
        boolean relation = t.getPredicate().getURI().startsWith(ORG_NS);
        if (relation && organisationOf.containsKey(t.getObject()))
            return Triple.create(t.getSubject(), t.getPredicate(), organisationOf.get(t.getObject()));
        return t;
    }
}
