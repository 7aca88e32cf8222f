package se.lsgraph.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import se.lsgraph.query.NamedQuery;
import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.query.QueryParam;

/**
 * The fixed mix every client of bench throughput cycles through: each catalogue query (but the
 * federated one) with its example parameters through /api/queries, SPARQL by GET and by POST, the
 * finder's API, resource pages and views' data. Clients start at different places in the cycle.
 */
final class ThroughputMix {
    /** One request of the mix; {@code body} is null for a GET. */
    record Request(String kind, String path, String accept, String body) {}

    private static final List<String> SEARCHES = List.of("klinisk prövning", "mass spectrometry", "biobank");
    private static final List<String> RESOURCES = List.of("/id/org/karolinska-institutet", "/id/org/uppsala-universitet",
            "/id/org/scilifelab");
    private static final List<String> VIEWS = List.of("/views/consultation/data.json?lang=sv", "/views/places/data.json?lang=en");

    private ThroughputMix() {}

    static List<Request> requests() {
        List<Request> mix = new ArrayList<>();
        for (NamedQuery q : QueryCatalogue.bundled().list())
            if (q.params().stream().noneMatch(p -> p.name().endsWith("Endpoint")))
                mix.add(new Request("catalogue query", catalogue(q), "application/json", null));
        String sparql = LoadClients.SPARQL;
        mix.add(new Request("SPARQL GET", "/lsgraph/sparql?query=" + encode(sparql), "text/csv", null));
        mix.add(new Request("SPARQL POST", "/lsgraph/sparql", "application/sparql-results+json", sparql));
        for (String s : SEARCHES)
            mix.add(new Request("search", "/api/search?q=" + encode(s), "application/json", null));
        for (String r : RESOURCES)
            mix.add(new Request("resource page", r, "text/html", null));
        for (String v : VIEWS)
            mix.add(new Request("view data", v, "application/json", null));
        return List.copyOf(mix);
    }

    private static String catalogue(NamedQuery q) {
        StringBuilder path = new StringBuilder("/api/queries/" + q.name() + "?format=json");
        for (QueryParam p : q.params())
            if (p.example() != null && !p.example().isEmpty())
                path.append('&').append(p.name()).append('=').append(encode(p.example()));
        return path.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
