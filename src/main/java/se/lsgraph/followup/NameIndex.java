package se.lsgraph.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

import se.lsgraph.query.BundledSparql;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * The names by which a sheet may refer to things already in the graph: labels, abbreviations,
 * notations and identifiers, and the IRI itself or its path below https://w3id.org/lsgraph/id/.
 * Matching never creates anything: a name matches one resource, several (ambiguous) or none.
 */
final class NameIndex {
    private final Map<String, Set<String>> byName = new LinkedHashMap<>();
    private final Map<String, Set<String>> kindsOf = new LinkedHashMap<>();

    /** Reads a bundled query returning ?resource ?value (and optionally ?kind). */
    static NameIndex fromQuery(GraphStore store, String queryName) {
        Query query = QueryFactory.create(BundledSparql.text(queryName));
        NameIndex index = new NameIndex();
        store.read(dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
                RowSet rows = qe.select();
                rows.forEachRemaining(row -> {
                    Node resource = row.get("resource");
                    Node kind = row.get("kind");
                    index.add(resource.getURI(), row.get("value").getLiteralLexicalForm(),
                            kind == null ? null : kind.getLiteralLexicalForm());
                });
            }
            return null;
        });
        return index;
    }

    private void add(String iri, String name, String kind) {
        for (String key : List.of(iri, iri.substring(Ids.RESOURCE.length()), localName(iri), name))
            byName.computeIfAbsent(normalise(key), k -> new LinkedHashSet<>()).add(iri);
        if (kind != null)
            kindsOf.computeIfAbsent(iri, k -> new LinkedHashSet<>()).add(kind);
    }

    /** The resources a name matches, limited to the given kinds when the index has kinds. */
    List<String> match(String name, Set<String> kinds) {
        List<String> found = new ArrayList<>();
        for (String iri : byName.getOrDefault(normalise(name), Set.of()))
            if (kinds.isEmpty() || kindsOf.getOrDefault(iri, Set.of()).stream().anyMatch(kinds::contains))
                found.add(iri);
        return found;
    }

    private static String localName(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** Case, surrounding and repeated spaces do not matter; å, ä and ö do. */
    static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
