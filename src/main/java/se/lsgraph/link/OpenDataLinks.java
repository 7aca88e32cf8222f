package se.lsgraph.link;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * lsgraph's readings of the open data, derived with their reasoning: registry records placed in
 * municipalities, reviewed matches of curated organisations with ROR records, and operators of
 * catalogue offerings. Nothing is merged: every statement links two resources that stay apart.
 */
public final class OpenDataLinks {
    /** The derived graph, the report of what could not be decided, and the number of reviewed matches. */
    public record Result(Graph graph, List<String> report, int matches) {}

    /** Where the statements come from, for their link records. */
    public record Sources(Node registry, Node postalCodes, Node catalogue) {}

    private OpenDataLinks() {}

    /**
     * @param registries the mapped ROR records (v1 and v2)
     * @param postalCodes the mapped postal codes
     * @param catalogue  the mapped catalogue offerings with their maintainers
     * @param curated    the curated bundle (documents and identifiers)
     */
    public static Result derive(Graph registries, Graph postalCodes, Graph catalogue, Graph curated, Sources sources) {
        Graph out = GraphFactory.createDefaultGraph();
        RegistryPlaces places = new RegistryPlaces();
        places.derive(new Union(registries, postalCodes), out);
        int matches = ReviewedMatches.derive(new Union(registries, out), curated, out, sources.registry());
        ReviewedOperators operators = new ReviewedOperators();
        operators.derive(catalogue, curated, out, sources.catalogue());
        List<String> report = new ArrayList<>(places.report());
        report.addAll(operators.report());
        return new Result(out, report, matches);
    }
}
