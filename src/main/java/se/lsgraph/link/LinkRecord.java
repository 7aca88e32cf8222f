package se.lsgraph.link;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.LSG;
import se.lsgraph.vocab.PROV;

/**
 * A derived statement together with the record of how lsgraph arrived at it: the statement, and a
 * prov:Entity naming it (rdf:subject, rdf:predicate, rdf:object) with its source and reasoning, as
 * the verified identifiers of data/identifiers/ are recorded.
 */
final class LinkRecord {
    private static final Node ENTITY = NodeFactory.createURI(PROV.NS + "Entity");

    private LinkRecord() {}

    static void add(Graph g, String id, Node subject, Node predicate, Node object, Node source, String reasoning) {
        g.add(Triple.create(subject, predicate, object));
        Node record = Ids.resource("link/opendata/" + id);
        g.add(Triple.create(record, RDF.type.asNode(), ENTITY));
        g.add(Triple.create(record, RDF.subject.asNode(), subject));
        g.add(Triple.create(record, RDF.predicate.asNode(), predicate));
        g.add(Triple.create(record, RDF.object.asNode(), object));
        g.add(Triple.create(record, DCTerms.source.asNode(), source));
        g.add(Triple.create(record, LSG.curationNote.asNode(), NodeFactory.createLiteralLang(reasoning, "en")));
    }

    /** The last path segment of an IRI, for readable record ids: https://ror.org/00m8d6786 → 00m8d6786. */
    static String localName(Node iri) {
        String s = iri.getURI();
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
