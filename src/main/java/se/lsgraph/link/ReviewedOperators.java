package se.lsgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import se.lsgraph.query.BundledSparql;
import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.LSG;

/**
 * Turns the free-text maintainer of catalogue records into lsg:operatedBy, through the reviewed
 * table operators.tsv: each maintainer text names one or more organisations, either curated ones
 * or new ones the table gives a name (the name as the record writes it). A maintainer text the
 * table does not list (for example a person's name) gives no operator and is reported.
 */
final class ReviewedOperators {
    static final String TABLE = "operators.tsv";
    static final List<String> COLUMNS = List.of("maintainer", "organisation", "name");
    private static final Node ORGANIZATION = NodeFactory.createURI("http://www.w3.org/ns/org#Organization");

    private final List<String> report = new ArrayList<>();

    List<String> report() {
        return report;
    }

    void derive(Graph catalogue, Graph curated, Graph out, Node source) {
        Map<String, List<ReviewedTable.Row>> byMaintainer = new LinkedHashMap<>();
        for (ReviewedTable.Row row : ReviewedTable.read(TABLE, COLUMNS)) {
            Node organisation = Ids.resource("org/" + row.get("organisation"));
            boolean curatedOrganisation = curated.contains(organisation, RDF.type.asNode(), Node.ANY);
            if (curatedOrganisation == !row.get("name").isEmpty())
                throw row.reject(curatedOrganisation ? "org/" + row.get("organisation") + " is curated: leave its name empty"
                        : "org/" + row.get("organisation") + " is not curated: give the name of the new organisation");
            byMaintainer.computeIfAbsent(row.get("maintainer"), k -> new ArrayList<>()).add(row);
        }
        try (QueryExec qe = QueryExec.graph(catalogue).query(BundledSparql.text("offering-maintainers")).build()) {
            qe.select().forEachRemaining(b -> {
                Node offering = b.get(Var.alloc("offering"));
                String maintainer = b.get(Var.alloc("maintainer")).getLiteralLexicalForm();
                List<ReviewedTable.Row> rows = byMaintainer.get(maintainer);
                if (rows == null) {
                    report.add("no operator for maintainer '" + maintainer + "' of " + offering.getURI());
                    return;
                }
                for (ReviewedTable.Row row : rows) {
                    Node organisation = Ids.resource("org/" + row.get("organisation"));
                    out.add(Triple.create(offering, LSG.operatedBy.asNode(), organisation));
                    if (!row.get("name").isEmpty())
                        describe(out, organisation, row.get("name"), source);
                }
            });
        }
    }

    private static void describe(Graph out, Node organisation, String name, Node source) {
        out.add(Triple.create(organisation, RDF.type.asNode(), ORGANIZATION));
        out.add(Triple.create(organisation, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(name, "sv")));
        out.add(Triple.create(organisation, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(name, "en")));
        out.add(Triple.create(organisation, DCTerms.source.asNode(), source));
    }
}
