package se.lsgraph.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import se.lsgraph.store.GraphStore;
import se.lsgraph.validate.GraphValidation;
import se.lsgraph.validate.ShapesValidator;
import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.LSG;

/**
 * Keeps the store's copy of the bundled graph (ontology/ and data/) current: on first start it
 * is built, and whenever the sources' fingerprint changes it is rebuilt, all in one transaction.
 * Graphs loaded by users are kept.
 */
public final class BundleInstaller {
    public static final Node BUNDLE = Ids.resource("bundle");

    private final GraphStore store;
    private final PrintStream progressOut;

    public BundleInstaller(GraphStore store, PrintStream progressOut) {
        this.store = store;
        this.progressOut = progressOut;
    }

    /** Parses every bundle file into the graph of its source. */
    public static StagedGraphs stage(BundleSources sources) {
        StagedGraphs staged = new StagedGraphs();
        for (BundleFile f : sources.files()) {
            Node graph = Ids.graph(f.sourceName());
            RdfFileReader.read(f.path(), f.content(), StreamRDFLib.graph(staged.graph(graph)));
            staged.addFile(graph, LoadedFile.of(f.path(), f.content()));
        }
        return staged;
    }

    /** The validation the bundle defines: its shapes, with its ontology. */
    public static GraphValidation validationOf(StagedGraphs bundle) {
        Graph shapes = bundle.graphs().get(Ids.graph("shapes"));
        Graph ontology = bundle.graphs().get(Ids.ONTOLOGY_GRAPH);
        if (shapes == null || ontology == null)
            throw new IllegalStateException("The bundle has no ontology/shapes/ or no ontology");
        return new GraphValidation(new ShapesValidator(shapes), ontology);
    }

    public static GraphValidation validationOf(BundleSources sources) {
        return validationOf(stage(sources));
    }

    public String storedFingerprint() {
        return store.read(dsg -> {
            var it = dsg.find(Ids.PROVENANCE_GRAPH, BUNDLE, LSG.fingerprint.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    /** Builds or rebuilds the bundled graphs if their sources changed; returns true if it did. */
    public boolean ensureCurrent(BundleSources sources) {
        String fingerprint = sources.fingerprint();
        if (fingerprint.equals(storedFingerprint()))
            return false;
        StagedGraphs staged = stage(sources);
        GraphValidation validation = validationOf(staged);
        List<ShapesValidator.Violation> violations = store.read(dsg ->
                validation.validate(staged.graphs(), dsg, userGraphs(dsg, staged)));
        if (!violations.isEmpty())
            throw new ValidationFailedException(violations);
        Progress progress = new Progress(progressOut, "bundled graph");
        store.write(dsg -> {
            for (Node old : bundleMembers(dsg))
                if (!staged.graphs().containsKey(old)) {
                    dsg.deleteAny(old, Node.ANY, Node.ANY, Node.ANY);
                    ProvenanceRecord.remove(dsg, old);
                }
            for (Map.Entry<Node, Graph> e : staged.graphs().entrySet()) {
                Loader.replaceGraph(dsg, e.getKey(), e.getValue(), progress);
                ProvenanceRecord.write(dsg, e.getKey(), e.getValue().size(), staged.filesOf(e.getKey()), null);
            }
            writeBundleRecord(dsg, fingerprint, staged);
        });
        progress.done();
        return true;
    }

    private static void writeBundleRecord(DatasetGraph dsg, String fingerprint, StagedGraphs staged) {
        dsg.deleteAny(Ids.PROVENANCE_GRAPH, BUNDLE, Node.ANY, Node.ANY);
        dsg.add(Ids.PROVENANCE_GRAPH, BUNDLE, RDF.type.asNode(), LSG.Bundle.asNode());
        dsg.add(Ids.PROVENANCE_GRAPH, BUNDLE, LSG.fingerprint.asNode(), NodeFactory.createLiteralString(fingerprint));
        for (Node g : staged.graphs().keySet())
            dsg.add(Ids.PROVENANCE_GRAPH, BUNDLE, DCTerms.hasPart.asNode(), g);
    }

    /** The graphs no load may replace: the bundle's and the provenance graph. */
    static List<Node> protectedGraphs(DatasetGraph dsg) {
        List<Node> graphs = new ArrayList<>(bundleMembers(dsg));
        graphs.add(Ids.PROVENANCE_GRAPH);
        return graphs;
    }

    private static List<Node> bundleMembers(DatasetGraph dsg) {
        List<Node> members = new ArrayList<>();
        dsg.find(Ids.PROVENANCE_GRAPH, BUNDLE, DCTerms.hasPart.asNode(), Node.ANY)
                .forEachRemaining(q -> members.add(q.getObject()));
        return members;
    }

    private static List<Node> userGraphs(DatasetGraph dsg, StagedGraphs staged) {
        List<Node> members = bundleMembers(dsg);
        List<Node> users = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!members.contains(g) && !staged.graphs().containsKey(g) && !g.equals(Ids.PROVENANCE_GRAPH))
                users.add(g);
        });
        return users;
    }
}
