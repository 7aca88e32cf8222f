package se.lsgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;

import se.lsgraph.catalog.CatalogGraph;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * The data of {@code lsgraph bench compare}: the bundled graph's quads, then renamed copies of every
 * one of its sources (organisations, offerings, statements, documents, identifiers, curation) until
 * the wanted size is reached. A copy keeps every shape of the real data: each resource of ours
 * (https://w3id.org/lsgraph/id/...) and each named graph gets a copy-specific IRI, blank nodes get
 * copy-specific labels, while the terms of the ontology graph (classes, properties, the concepts of
 * our vocabularies) stay shared, as they would in a graph that had grown.
 */
final class CompareData {
    /** How many quads were written, of which how many were the bundled graph's own. */
    record Written(long quads, long bundled, int copies) {}

    private final List<Quad> bundled;
    private final Set<Node> ontologyTerms = new HashSet<>();

    CompareData(List<Quad> bundled) {
        this.bundled = bundled;
        for (Quad q : bundled)
            if (q.getGraph().equals(Ids.ONTOLOGY_GRAPH))
                ontologyTerms.add(q.getSubject());
    }

    /** The generator over every quad of a store (lsgraph's store of the bundled graph). */
    static CompareData of(GraphStore store) {
        return new CompareData(store.read(dsg -> {
            List<Quad> quads = new ArrayList<>();
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); )
                quads.add(it.next());
            return quads;
        }));
    }

    long bundledQuads() {
        return bundled.size();
    }

    /** Writes the bundled quads to {@code all}, and copies until at least {@code quads} in all; the copies alone also to {@code copiesOnly}. */
    Written write(Path all, Path copiesOnly, long quads) throws IOException {
        try (OutputStream allOut = Files.newOutputStream(all); OutputStream copiesOut = Files.newOutputStream(copiesOnly)) {
            StreamRDF everything = StreamRDFWriter.getWriterStream(allOut, RDFFormat.NQUADS);
            StreamRDF copies = StreamRDFWriter.getWriterStream(copiesOut, RDFFormat.NQUADS);
            everything.start();
            copies.start();
            StreamRDFOps.sendQuadsToStream(bundled.iterator(), everything);
            long count = bundled.size();
            int copy = 0;
            while (count < quads) {
                copy++;
                for (Quad q : bundled) {
                    if (!copied(q.getGraph()))
                        continue;
                    Quad renamed = rename(q, copy);
                    everything.quad(renamed);
                    copies.quad(renamed);
                    count++;
                }
            }
            everything.finish();
            copies.finish();
            return new Written(count, bundled.size(), copy);
        }
    }

    /** The ontology is shared, and the catalogue graph describes the dataset itself: neither is copied. */
    private static boolean copied(Node graph) {
        return !graph.equals(Ids.ONTOLOGY_GRAPH) && !graph.equals(CatalogGraph.NAME) && !Quad.isDefaultGraph(graph);
    }

    private Quad rename(Quad q, int copy) {
        return Quad.create(renameGraph(q.getGraph(), copy), rename(q.getSubject(), copy), q.getPredicate(),
                rename(q.getObject(), copy));
    }

    private static Node renameGraph(Node graph, int copy) {
        String source = Ids.sourceNameOf(graph);
        return source == null ? graph : Ids.graph("copy-" + copy + "/" + source);
    }

    private Node rename(Node n, int copy) {
        if (n.isBlank())
            return NodeFactory.createBlankNode("c" + copy + "-" + n.getBlankNodeLabel());
        if (n.isURI() && n.getURI().startsWith(Ids.RESOURCE) && !ontologyTerms.contains(n))
            return NodeFactory.createURI(Ids.RESOURCE + "copy-" + copy + "/" + n.getURI().substring(Ids.RESOURCE.length()));
        return n;
    }
}
