package se.lsgraph.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.LSG;
import se.lsgraph.vocab.PROV;

/** The record a load leaves in the provenance graph; reloading a source replaces its record. */
final class ProvenanceRecord {
    private ProvenanceRecord() {}

    static Node recordFor(Node graph) {
        String name = Ids.sourceNameOf(graph);
        if (name == null)
            name = URLEncoder.encode(graph.toString(), StandardCharsets.UTF_8);
        return Ids.resource("load/" + name);
    }

    /** Replaces the load record of a graph in the store's provenance graph. */
    static void write(DatasetGraph dsg, Node graph, long triples, List<LoadedFile> files, Mapping mapping) {
        remove(dsg, graph);
        for (Triple t : triples(graph, triples, files, mapping))
            dsg.add(Ids.PROVENANCE_GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
    }

    /** The files the graph's record names, each as "name sha256" (empty if there is no record). */
    static java.util.Set<String> storedFiles(DatasetGraph dsg, Node graph) {
        java.util.Set<String> files = new java.util.HashSet<>();
        dsg.find(Ids.PROVENANCE_GRAPH, recordFor(graph), PROV.used.asNode(), Node.ANY).forEachRemaining(used -> {
            Node file = used.getObject();
            var title = dsg.find(Ids.PROVENANCE_GRAPH, file, DCTerms.title.asNode(), Node.ANY);
            var sha = dsg.find(Ids.PROVENANCE_GRAPH, file, LSG.sha256.asNode(), Node.ANY);
            if (title.hasNext() && sha.hasNext())
                files.add(title.next().getObject().getLiteralLexicalForm() + " " + sha.next().getObject().getLiteralLexicalForm());
        });
        return files;
    }

    /** Removes the load record of a graph (and of its files). */
    static void remove(DatasetGraph dsg, Node graph) {
        Node record = recordFor(graph);
        List<Node> used = new ArrayList<>();
        dsg.find(Ids.PROVENANCE_GRAPH, record, PROV.used.asNode(), Node.ANY)
                .forEachRemaining(q -> used.add(q.getObject()));
        for (Node file : used)
            dsg.deleteAny(Ids.PROVENANCE_GRAPH, file, Node.ANY, Node.ANY);
        dsg.deleteAny(Ids.PROVENANCE_GRAPH, record, Node.ANY, Node.ANY);
    }

    private static List<Triple> triples(Node graph, long count, List<LoadedFile> files, Mapping mapping) {
        Node record = recordFor(graph);
        List<Triple> out = new ArrayList<>();
        out.add(Triple.create(record, RDF.type.asNode(), LSG.Load.asNode()));
        out.add(Triple.create(record, PROV.generated.asNode(), graph));
        out.add(Triple.create(record, PROV.endedAtTime.asNode(),
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        out.add(Triple.create(record, LSG.loaderVersion.asNode(), NodeFactory.createLiteralString(Version.get())));
        out.add(Triple.create(record, LSG.tripleCount.asNode(),
                NodeFactory.createLiteralDT(Long.toString(count), XSDDatatype.XSDlong)));
        for (int i = 0; i < files.size(); i++) {
            LoadedFile f = files.get(i);
            Node file = NodeFactory.createURI(record.getURI() + "/file/" + (i + 1));
            out.add(Triple.create(record, PROV.used.asNode(), file));
            out.add(Triple.create(file, DCTerms.title.asNode(), NodeFactory.createLiteralString(f.name())));
            out.add(Triple.create(file, LSG.sha256.asNode(), NodeFactory.createLiteralString(f.sha256())));
            out.add(Triple.create(file, DCTerms.extent.asNode(),
                    NodeFactory.createLiteralDT(Long.toString(f.bytes()), XSDDatatype.XSDlong)));
        }
        if (mapping != null) {
            if (mapping.source() != null)
                out.add(Triple.create(record, DCTerms.source.asNode(), NodeFactory.createURI(mapping.source())));
            if (mapping.licence() != null)
                out.add(Triple.create(record, DCTerms.license.asNode(), NodeFactory.createURI(mapping.licence())));
            if (mapping.retrieved() != null)
                out.add(Triple.create(record, DCTerms.date.asNode(),
                        NodeFactory.createLiteralDT(mapping.retrieved(), XSDDatatype.XSDdate)));
        }
        return out;
    }
}
