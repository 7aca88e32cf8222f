package se.lsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
    private final Node registrySource;
    private final Node postalSource;
    private final List<String> report = new ArrayList<>();

    RegistryPlaces(Node registrySource, Node postalSource) {
        this.registrySource = registrySource;
        this.postalSource = postalSource;
    }

    List<String> report() {
        return report;
    }

    /** Adds the derived lsg:locatedIn statements with their link records to {@code out}. */
    void derive(Graph data, Graph out) {
        Set<Node> placed = new TreeSet<>(NodeOrder.BY_STRING);
        Map<Node, Map<Node, Node>> byGeonames = grouped(data, "registry-municipality-by-geonames", "witness");
        byGeonames.forEach((record, municipalities) -> {
            if (municipalities.size() == 1) {
                Map.Entry<Node, Node> only = municipalities.entrySet().iterator().next();
                LinkRecord.add(out, LinkRecord.localName(record) + "-municipality", record, LSG.locatedIn.asNode(),
                        only.getKey(), registrySource, "Same GeoNames place as " + only.getValue().getURI()
                                + ", whose GeoNames admin-2 code ends in this municipality's SCB code.");
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
                LinkRecord.add(out, LinkRecord.localName(record) + "-municipality", record, LSG.locatedIn.asNode(),
                        only.getKey(), postalSource, "The record's city is a postal locality whose "
                                + only.getValue().getLiteralLexicalForm() + " postal codes all lie in this municipality.");
                placed.add(record);
            } else {
                StringBuilder candidates = new StringBuilder();
                municipalities.forEach((m, n) -> candidates.append(' ').append(LinkRecord.localName(m))
                        .append(" (").append(n.getLiteralLexicalForm()).append(" postal codes)"));
                report.add("ambiguous municipality (locality): " + record.getURI() + " candidates" + candidates);
            }
        });
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
