package se.lsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

import se.lsgraph.query.BoundQuery;
import se.lsgraph.reconcile.Names;
import se.lsgraph.store.GraphStore;

/**
 * Matches the records of a loaded registry graph against lsgraph's organisations: by identifier
 * first (the record's IRI, its exact matches or its identifier notations found on an organisation),
 * then by normalised name. It only reports; it never merges anything.
 */
public final class Linker {
    private Linker() {}

    public static List<LinkResult> link(GraphStore store, Node registry) {
        Map<String, Map<String, Set<String>>> records = facts(store, "link-records", registry, "record");
        Map<String, Map<String, Set<String>>> orgs = facts(store, "link-organisations", registry, "organisation");
        Map<String, Set<String>> orgsByKey = new HashMap<>();
        Map<String, Set<String>> orgsByName = new HashMap<>();
        orgs.forEach((org, f) -> {
            for (String v : f.getOrDefault("match", Set.of()))
                orgsByKey.computeIfAbsent(v, k -> new TreeSet<>()).add(org);
            for (String v : f.getOrDefault("identifier", Set.of()))
                orgsByKey.computeIfAbsent("id:" + v, k -> new TreeSet<>()).add(org);
            for (String v : f.getOrDefault("name", Set.of()))
                orgsByName.computeIfAbsent(Names.normalise(v), k -> new TreeSet<>()).add(org);
        });
        List<LinkResult> results = new ArrayList<>();
        records.forEach((record, f) -> results.add(linkOne(record, f, orgsByKey, orgsByName)));
        results.sort(Comparator.comparing(LinkResult::status).thenComparing(LinkResult::record));
        return results;
    }

    private static LinkResult linkOne(String record, Map<String, Set<String>> f,
                                      Map<String, Set<String>> orgsByKey, Map<String, Set<String>> orgsByName) {
        String name = f.getOrDefault("name", Set.of()).stream().sorted().findFirst().orElse("");
        Set<String> byId = new TreeSet<>(orgsByKey.getOrDefault(record, Set.of()));
        for (String m : f.getOrDefault("match", Set.of()))
            byId.addAll(orgsByKey.getOrDefault(m, Set.of()));
        for (String i : f.getOrDefault("identifier", Set.of()))
            byId.addAll(orgsByKey.getOrDefault("id:" + i, Set.of()));
        if (byId.size() == 1)
            return new LinkResult(record, name, LinkResult.Status.MATCH, List.copyOf(byId), "identifier");
        if (byId.size() > 1)
            return new LinkResult(record, name, LinkResult.Status.AMBIGUOUS, List.copyOf(byId), "identifiers disagree");
        Set<String> byName = new TreeSet<>();
        for (String n : f.getOrDefault("name", Set.of()))
            byName.addAll(orgsByName.getOrDefault(Names.normalise(n), Set.of()));
        if (byName.size() == 1)
            return new LinkResult(record, name, LinkResult.Status.MATCH, List.copyOf(byName), "name");
        if (byName.size() > 1)
            return new LinkResult(record, name, LinkResult.Status.AMBIGUOUS, List.copyOf(byName), "name");
        return new LinkResult(record, name, LinkResult.Status.MISS, List.of(), "");
    }

    private static Map<String, Map<String, Set<String>>> facts(GraphStore store, String queryName, Node registry, String subject) {
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        for (Binding b : store.read(dsg -> BoundQuery.bundled(queryName).select(dsg, Map.of("registry", registry))))
            out.computeIfAbsent(b.get(Var.alloc(subject)).getURI(), k -> new HashMap<>())
                    .computeIfAbsent(b.get(Var.alloc("kind")).getLiteralLexicalForm(), k -> new HashSet<>())
                    .add(b.get(Var.alloc("value")).getLiteralLexicalForm());
        return out;
    }
}
