package se.lsgraph.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;

import se.lsgraph.query.BundledSparql;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * lsgraph's catalogue record: the DCAT-AP-SE description in src/main/resources/lsgraph/catalog/
 * with the server's public URL filled in, plus a VoID description computed from the store (triples,
 * subjects, classes with their counts). Every node has an IRI, so portals can harvest it.
 */
public final class CatalogRecord {
    public static final Node DATASET = Ids.resource("dataset/lsgraph");
    private static final String VOID = "http://rdfs.org/ns/void#";

    private CatalogRecord() {}

    public static Graph build(GraphStore store, String baseUrl) {
        String base = requireBaseUrl(baseUrl);
        Graph g = RDFParser.fromString(template().replace("{BASE}", base), Lang.TURTLE).toGraph();
        addVoid(store, g);
        g.getPrefixMapping().setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .setNsPrefix("vcard", "http://www.w3.org/2006/vcard/ns#")
                .setNsPrefix("void", VOID);
        return g;
    }

    /** Only the VoID description: the dataset's void: statements and its class partitions. */
    public static Graph voidOnly(Graph record) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(record.getPrefixMapping());
        record.find().forEachRemaining(t -> {
            boolean voidTerm = t.getPredicate().getURI().startsWith(VOID)
                    || (t.getObject().isURI() && t.getObject().getURI().startsWith(VOID));
            boolean partition = t.getSubject().getURI().startsWith(DATASET.getURI() + "/class/");
            if (voidTerm || partition)
                out.add(t);
        });
        return out;
    }

    /** An absolute http(s) URL without characters that cannot stand in an IRI; without a trailing slash. */
    public static String requireBaseUrl(String url) {
        if (url == null || !url.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+(/[A-Za-z0-9._~%/\\-]*)?"))
            throw new IllegalArgumentException("not a usable public URL (http(s)://host[:port][/path]): " + url);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void addVoid(GraphStore store, Graph g) {
        store.read(dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(BundledSparql.text("void-totals")).build()) {
                Binding b = qe.select().next();
                g.add(Triple.create(DATASET, voidTerm("triples"), b.get(Var.alloc("triples"))));
                g.add(Triple.create(DATASET, voidTerm("distinctSubjects"), b.get(Var.alloc("subjects"))));
            }
            int classes = 0;
            try (QueryExec qe = QueryExec.dataset(dsg).query(BundledSparql.text("void-class-partitions")).build()) {
                var rows = qe.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    classes++;
                    Node partition = Ids.resource("dataset/lsgraph/class/" + classes);
                    g.add(Triple.create(DATASET, voidTerm("classPartition"), partition));
                    g.add(Triple.create(partition, RDF.type.asNode(), voidTerm("Dataset")));
                    g.add(Triple.create(partition, voidTerm("class"), b.get(Var.alloc("class"))));
                    g.add(Triple.create(partition, voidTerm("entities"), b.get(Var.alloc("entities"))));
                }
            }
            g.add(Triple.create(DATASET, RDF.type.asNode(), voidTerm("Dataset")));
            g.add(Triple.create(DATASET, voidTerm("classes"),
                    NodeFactory.createLiteralDT(Integer.toString(classes), XSDDatatype.XSDinteger)));
            return null;
        });
    }

    private static Node voidTerm(String local) {
        return NodeFactory.createURI(VOID + local);
    }

    private static String template() {
        try (InputStream in = CatalogRecord.class.getResourceAsStream("/lsgraph/catalog/catalog.ttl")) {
            if (in == null)
                throw new IllegalStateException("Missing lsgraph/catalog/catalog.ttl");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
