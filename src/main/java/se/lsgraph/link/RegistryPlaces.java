package se.lsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;

import se.lsgraph.query.BundledSparql;
import se.lsgraph.vocab.LSG;

/**
 * Places registry records in their municipality where the mapping could not (a v1 record's GeoNames
 * admin-2 code already gives it): first by a shared GeoNames place (an exact identifier), then by
 * the record's city name as a postal locality, only where every postal code of that locality lies in
 * one municipality. Anything else is reported as ambiguous or unplaced, never guessed.
 */
final class RegistryPlaces {
    private static final Node SCHEMA_LOCATION = NodeFactory.createURI("http://schema.org/location");
    private static final Node SCHEMA_LOCALITY = NodeFactory.createURI("http://schema.org/addressLocality");

    private final List<String> report = new ArrayList<>();

    List<String> report() {
        return report;
    }

    /**
     * Adds the derived lsg:locatedIn statements to {@code out}. They carry no link record each (that
     * would double the bundled open data); the rule is stated once, in the links graph's description
     * and docs/open-data.md, and the import reproduces every statement.
     */
    void derive(Graph data, Graph out) {
        Set<Node> placed = new TreeSet<>(NodeOrder.BY_STRING);
        int[] byGeonamesCount = {0};
        int[] byLocalityCount = {0};
        Map<Node, Map<Node, Node>> byGeonames = grouped(data, "registry-municipality-by-geonames", "witness");
        byGeonames.forEach((record, municipalities) -> {
            if (municipalities.size() == 1) {
                Map.Entry<Node, Node> only = municipalities.entrySet().iterator().next();
                out.add(Triple.create(record, LSG.locatedIn.asNode(), only.getKey()));
                byGeonamesCount[0]++;
                placed.add(record);
            } else {
                report.add("ambiguous municipality (GeoNames): " + record.getURI() + " candidates " + names(municipalities.keySet()));
            }
        });
        Map<Node, Map<Node, Node>> byLocality = grouped(data, "registry-municipality-by-locality", "codes");
        byLocality.forEach((record, municipalities) -> {
            if (placed.contains(record))
                return;
            if (municipalities.size() == 1) {
                Map.Entry<Node, Node> only = municipalities.entrySet().iterator().next();
                out.add(Triple.create(record, LSG.locatedIn.asNode(), only.getKey()));
                byLocalityCount[0]++;
                placed.add(record);
            } else {
                StringBuilder candidates = new StringBuilder();
                municipalities.forEach((m, n) -> candidates.append(' ').append(LinkRecord.localName(m))
                        .append(" (").append(n.getLiteralLexicalForm()).append(" postal codes)"));
                report.add("ambiguous municipality (locality): " + record.getURI() + " candidates" + candidates);
            }
        });
        reportUnplaced(data, placed);
        report.add(0, "registry records placed by a shared GeoNames place: " + byGeonamesCount[0]
                + "; by their city as a postal locality: " + byLocalityCount[0]);
    }

    /** Registry records (they have a GeoNames place) that neither the mapping nor a rule placed. */
    private void reportUnplaced(Graph data, Set<Node> placed) {
        Set<Node> unplaced = new TreeSet<>(NodeOrder.BY_STRING);
        data.find(Node.ANY, SCHEMA_LOCATION, Node.ANY).forEachRemaining(t -> {
            Node record = t.getSubject();
            if (!placed.contains(record) && !data.contains(record, LSG.locatedIn.asNode(), Node.ANY))
                unplaced.add(record);
        });
        for (Node record : unplaced) {
            var city = data.find(record, SCHEMA_LOCALITY, Node.ANY);
            report.add("unplaced: " + record.getURI() + (city.hasNext() ? " (city " + city.next().getObject().getLiteralLexicalForm() + ")" : ""));
        }
    }

    private static String names(Set<Node> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(LinkRecord.localName(n)));
        return String.join(", ", out);
    }

    /** record → (municipality → the first value of the evidence column). */
    private static Map<Node, Map<Node, Node>> grouped(Graph data, String query, String evidence) {
        Map<Node, Map<Node, Node>> out = new TreeMap<>(NodeOrder.BY_STRING);
        try (QueryExec qe = QueryExec.graph(data).query(BundledSparql.text(query)).build()) {
            qe.select().forEachRemaining(b -> out.computeIfAbsent(b.get(Var.alloc("record")), k -> new TreeMap<>(NodeOrder.BY_STRING))
                    .putIfAbsent(b.get(Var.alloc("municipality")), b.get(Var.alloc(evidence))));
        }
        return out;
    }
}
