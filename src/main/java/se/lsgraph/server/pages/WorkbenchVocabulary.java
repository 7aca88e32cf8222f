package se.lsgraph.server.pages;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;

import se.lsgraph.load.BundleFile;
import se.lsgraph.load.BundleSources;
import se.lsgraph.query.BundledSparql;
import se.lsgraph.store.GraphStore;

/**
 * What the SPARQL workbench completes: the prefixes declared in the bundled ontology files, and
 * the classes and properties of the ontology graph.
 */
public final class WorkbenchVocabulary {
    public record Vocabulary(Map<String, String> prefixes, List<String> classes, List<String> properties) {}

    private WorkbenchVocabulary() {}

    public static Vocabulary of(GraphStore store) {
        List<String> classes = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        store.read(dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(QueryFactory.create(BundledSparql.text("pages/workbench-terms"))).build()) {
                qe.select().forEachRemaining(b -> {
                    String term = b.get("term").getURI();
                    (b.get("kind").getLiteralLexicalForm().equals("class") ? classes : properties).add(term);
                });
            }
            return null;
        });
        return new Vocabulary(ontologyPrefixes(), classes, properties);
    }

    /** The @prefix declarations of every bundled ontology file (Turtle), one map. */
    static Map<String, String> ontologyPrefixes() {
        Map<String, String> prefixes = new TreeMap<>();
        for (BundleFile file : BundleSources.fromClasspath().files()) {
            if (!file.path().startsWith("ontology/") || !file.path().endsWith(".ttl"))
                continue;
            Graph graph = RDFParser.source(new ByteArrayInputStream(file.content())).lang(Lang.TURTLE).toGraph();
            graph.getPrefixMapping().getNsPrefixMap().forEach(prefixes::putIfAbsent);
        }
        return prefixes;
    }
}
