package se.lsgraph.vocab;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;

/**
 * The one rule for marking English names: an English name is lsgraph's own (a translation, or a name
 * kept as it is) unless one of these graphs states it, because only these take their English names from
 * a source that prints them in English. Everything else is ours: the curation graph, and the document
 * graphs (the seed documents are Swedish only, so every English label there is lsgraph's translation).
 * Why each graph counts is in docs/curation-guide.md ("Which English names are official").
 *
 * <p>The program's queries share the rule through one placeholder, {@value #PLACEHOLDER}, which
 * {@code BundledSparql} fills with these graphs; a query marks a name with
 * {@code FILTER NOT EXISTS { VALUES ?officialEnglishGraph {} GRAPH ?officialEnglishGraph { ?r skos:prefLabel ?name } }}.
 */
public final class OfficialEnglishNames {
    /** The inline data block a query writes where the official graphs go. */
    public static final String PLACEHOLDER = "VALUES ?officialEnglishGraph {}";

    /** Graphs whose English names a source states (in the order docs/curation-guide.md explains them). */
    public static final List<Node> GRAPHS = List.of(
            // Official English names of organisations, each with dcterms:source its ROR record or English page.
            Ids.graph("labels"),
            // Offerings as their public pages name them, each with dcterms:source those pages.
            Ids.graph("offerings"),
            // lsgraph's vocabulary (kinds, statuses) is written in English; MERIL's terms are EOSC's own English.
            Ids.ONTOLOGY_GRAPH,
            // Registry and catalogue records, named as the records name them.
            Ids.graph("opendata/ror-v1"),
            Ids.graph("opendata/ror-v2"),
            Ids.graph("opendata/scb-counties"),
            Ids.graph("opendata/scb-municipalities"),
            Ids.graph("opendata/scilifelab-services"),
            Ids.graph("opendata/scilifelab-data-sources"),
            Ids.graph("opendata/scilifelab-resources"),
            Ids.graph("opendata/scilifelab-units"),
            Ids.graph("opendata/rdmkit-se"),
            // Maintainers of catalogue records, named verbatim as the SciLifeLab catalogue names them.
            Ids.graph("opendata/links"));

    private OfficialEnglishNames() {}

    /** The placeholder as the query runs it: one row per official graph. */
    public static String valuesBlock() {
        return GRAPHS.stream().map(g -> "<" + g.getURI() + ">")
                .collect(Collectors.joining(" ", "VALUES ?officialEnglishGraph { ", " }"));
    }

    /** A query's text with the placeholder filled in. */
    public static String fillIn(String sparql) {
        return sparql.replace(PLACEHOLDER, valuesBlock());
    }
}
