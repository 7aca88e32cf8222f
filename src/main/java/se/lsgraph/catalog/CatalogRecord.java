package se.lsgraph.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;

import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * lsgraph's catalogue record: the DCAT description in src/main/resources/lsgraph/catalog/ with the
 * server's public URL filled in, the deployment's publisher and contact (CatalogSettings), the
 * dates of the first and last load, each distribution's format in the asked profile, and the VoID
 * description computed from the store. Every node has an IRI, so portals can harvest it.
 */
public final class CatalogRecord {
    public static final Node CATALOG = Ids.resource("catalog");
    public static final Node DATASET = Ids.resource("dataset/lsgraph");
    public static final Node PUBLISHER = Ids.resource("agent/publisher");
    public static final Node CONTACT = Ids.resource("agent/publisher/contact");
    private static final Node FILE_TYPES = NodeFactory.createURI("http://publications.europa.eu/resource/authority/file-type");
    private static final Node FOAF_NAME = NodeFactory.createURI("http://xmlns.com/foaf/0.1/name");

    private CatalogRecord() {}

    /** The DCAT-AP-SE record with VoID. */
    public static Graph build(GraphStore store, String baseUrl, CatalogSettings settings) {
        return build(store, baseUrl, settings, CatalogProfile.DCAT_AP_SE);
    }

    public static Graph build(GraphStore store, String baseUrl, CatalogSettings settings, CatalogProfile profile) {
        return build(store, baseUrl, settings, profile, null);
    }

    /** The record of a write about to commit at {@code writtenAt}, which becomes its modified date. */
    static Graph build(GraphStore store, String baseUrl, CatalogSettings settings, CatalogProfile profile, Instant writtenAt) {
        String base = requireBaseUrl(baseUrl);
        Graph g = parse("catalog.ttl", base);
        addPublisher(g, settings);
        addFormats(g, profile);
        store.read(dsg -> {
            addDates(g, dsg, writtenAt);
            return null;
        });
        g.getPrefixMapping().setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/").setNsPrefix("vcard", VCARD4.NS)
                .setNsPrefix("skos", SKOS.uri).setNsPrefix("void", org.apache.jena.vocabulary.VOID.NS);
        Graph described = voidOnly(store, base);
        g.getPrefixMapping().setNsPrefixes(described.getPrefixMapping());
        described.find().forEachRemaining(g::add);
        return g;
    }

    /** Only the VoID description: where the dataset is served, the datasets it links to and every count. */
    public static Graph voidOnly(GraphStore store, String baseUrl) {
        Graph g = parse("void.ttl", requireBaseUrl(baseUrl));
        store.read(dsg -> {
            VoidDescription.describe(store, dsg, DATASET, g);
            return null;
        });
        g.getPrefixMapping().setNsPrefix("void", org.apache.jena.vocabulary.VOID.NS).setNsPrefix("sd", se.lsgraph.vocab.SD.NS)
                .setNsPrefix("dcterms", DCTerms.NS);
        return g;
    }

    /** An absolute http(s) URL without characters that cannot stand in an IRI; without a trailing slash. */
    public static String requireBaseUrl(String url) {
        if (url == null || !url.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+(/[A-Za-z0-9._~%/\\-]*)?"))
            throw new IllegalArgumentException("not a usable public URL (http(s)://host[:port][/path]): " + url);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void addPublisher(Graph g, CatalogSettings s) {
        if (s.publisherName() != null)
            g.add(Triple.create(PUBLISHER, FOAF_NAME, NodeFactory.createLiteralLang(s.publisherName(), "sv")));
        if (s.publisherType() != null) {
            Node type = NodeFactory.createURI(CatalogSettings.PUBLISHER_TYPE_NS + s.publisherType());
            g.add(Triple.create(PUBLISHER, DCTerms.type.asNode(), type));
            g.add(Triple.create(type, RDF.type.asNode(), SKOS.Concept.asNode()));
            g.add(Triple.create(type, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(s.publisherType(), "en")));
        }
        if (s.organisationNumber() != null)
            g.add(Triple.create(PUBLISHER, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(s.organisationNumber())));
        if (s.publisherName() != null)
            g.add(Triple.create(CONTACT, VCARD4.fn.asNode(), NodeFactory.createLiteralString(s.publisherName())));
        if (s.contactEmail() != null)
            g.add(Triple.create(CONTACT, VCARD4.hasEmail.asNode(), NodeFactory.createURI("mailto:" + s.contactEmail())));
    }

    /** dcterms:format of every distribution and service, from its dcat:mediaType, as the profile wants it. */
    private static void addFormats(Graph g, CatalogProfile profile) {
        Graph formats = parse("formats.ttl", "");
        List<Triple> typed = g.find(Node.ANY, DCAT.mediaType.asNode(), Node.ANY).toList();
        for (Triple t : typed) {
            Node mediaType = t.getObject();
            Node format = profile == CatalogProfile.DCAT_AP_SE
                    ? formats.find(mediaType, SKOS.notation.asNode(), Node.ANY).next().getObject()
                    : formats.find(mediaType, SKOS.exactMatch.asNode(), Node.ANY).next().getObject();
            g.add(Triple.create(t.getSubject(), DCTerms.format.asNode(), format));
            if (format.isURI()) {
                g.add(Triple.create(format, RDF.type.asNode(), DCTerms.MediaTypeOrExtent.asNode()));
                g.add(Triple.create(format, SKOS.inScheme.asNode(), FILE_TYPES));
            }
        }
    }

    /**
     * Issued: when this database was first loaded (from its provenance records). Modified: its last
     * write, a load (provenance) or a write over HTTP (which only the stored record remembers), or
     * {@code writtenAt} for the write about to commit.
     */
    private static void addDates(Graph g, DatasetGraph dsg, Instant writtenAt) {
        Binding dates = CatalogQueries.select(dsg, "catalog-dates",
                Map.of("provenanceGraph", Ids.PROVENANCE_GRAPH, "catalogGraph", CatalogGraph.NAME, "dataset", DATASET)).get(0);
        Node issued = CatalogQueries.get(dates, "issued");
        Node modified = writtenAt != null ? NodeFactory.createLiteralString(writtenAt.toString()) : CatalogQueries.get(dates, "modified");
        if (issued == null)
            return;
        for (Node described : List.of(CATALOG, DATASET)) {
            g.add(Triple.create(described, DCTerms.issued.asNode(), asDateTime(issued)));
            g.add(Triple.create(described, DCTerms.modified.asNode(), asDateTime(modified)));
        }
    }

    private static Node asDateTime(Node time) {
        return NodeFactory.createLiteralDT(time.getLiteralLexicalForm(), XSDDatatype.XSDdateTime);
    }

    private static Graph parse(String resource, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(template(resource).replace("{BASE}", base), Lang.TURTLE).parse(g);
        return g;
    }

    private static String template(String name) {
        try (InputStream in = CatalogRecord.class.getResourceAsStream("/lsgraph/catalog/" + name)) {
            if (in == null)
                throw new IllegalStateException("Missing lsgraph/catalog/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
