package se.lsgraph.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

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
    private static final Node SHAPES_GRAPH = Ids.graph("shapes");

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
        Graph shapes = bundle.graphs().get(SHAPES_GRAPH);
        Graph ontology = bundle.graphs().get(Ids.ONTOLOGY_GRAPH);
        if (shapes == null || ontology == null)
            throw new IllegalStateException("The bundle has no ontology/shapes/ or no ontology");
        return new GraphValidation(new ShapesValidator(shapes), ontology);
    }

    /**
     * The validation the bundle defines, reading only its ontology and shapes files: a load's start
     * need not parse every curated document and open-data file of the bundle to learn the shapes.
     */
    public static GraphValidation validationOf(BundleSources sources) {
        StagedGraphs staged = new StagedGraphs();
        for (BundleFile f : sources.files()) {
            Node graph = Ids.graph(f.sourceName());
            if (graph.equals(SHAPES_GRAPH) || graph.equals(Ids.ONTOLOGY_GRAPH))
                RdfFileReader.read(f.path(), f.content(), StreamRDFLib.graph(staged.graph(graph)));
        }
        return validationOf(staged);
    }

    public String storedFingerprint() {
        return store.read(dsg -> {
            var it = dsg.find(Ids.PROVENANCE_GRAPH, BUNDLE, LSG.fingerprint.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    /**
     * Builds or rebuilds the bundled graphs if their sources changed; returns true if it did. Only
     * the graphs whose files changed are rewritten; when neither the ontology nor the shapes changed,
     * only the nodes those graphs touch are validated (see {@link ChangeValidation}), so a change to
     * one document costs the same in a store of millions of loaded triples as in the bundled graph.
     */
    public boolean ensureCurrent(BundleSources sources) {
        String fingerprint = sources.fingerprint();
        if (fingerprint.equals(storedFingerprint()))
            return false;
        StagedGraphs staged = stage(sources);
        GraphValidation validation = validationOf(staged);
        Set<Node> changed = store.read(dsg -> changedGraphs(dsg, staged));
        if (changed.contains(Ids.ONTOLOGY_GRAPH) || changed.contains(SHAPES_GRAPH))
            rebuildAll(staged, validation, fingerprint);
        else
            replaceChanged(staged, validation, changed, fingerprint);
        return true;
    }

    /** The shapes or the ontology changed: everything is validated with them first, then rewritten. */
    private void rebuildAll(StagedGraphs staged, GraphValidation validation, String fingerprint) {
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
    }

    /** Only data changed: rewrite the changed graphs, then check the nodes they touch, in one transaction. */
    private void replaceChanged(StagedGraphs staged, GraphValidation validation, Set<Node> changed, String fingerprint) {
        Progress progress = new Progress(progressOut, "bundled graph");
        store.write(dsg -> {
            try (RemovedNodes removed = new RemovedNodes()) {
                Set<Node> replaced = new LinkedHashSet<>(changed);
                for (Node old : bundleMembers(dsg))
                    if (!staged.graphs().containsKey(old)) {
                        spillAndDelete(dsg, old, removed);
                        ProvenanceRecord.remove(dsg, old);
                    }
                boolean subClassOf = false;
                for (Node g : replaced) {
                    Graph content = staged.graphs().get(g);
                    spillAndDelete(dsg, g, removed);
                    Loader.replaceGraph(dsg, g, content, progress);
                    subClassOf |= content.contains(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY);
                    ProvenanceRecord.write(dsg, g, content.size(), staged.filesOf(g), null);
                }
                writeBundleRecord(dsg, fingerprint, staged);
                ChangeValidation.validate(dsg, validation, replaced, removed, subClassOf || removed.removedSubClassOf(),
                        progressOut);
            }
        });
        progress.done();
    }

    private static void spillAndDelete(DatasetGraph dsg, Node g, RemovedNodes removed) {
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> removed.add(q.asTriple()));
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
    }

    /** The staged graphs whose files (names and SHA-256) differ from those the provenance graph records. */
    private static Set<Node> changedGraphs(DatasetGraph dsg, StagedGraphs staged) {
        Set<Node> changed = new LinkedHashSet<>();
        for (Node g : staged.graphs().keySet()) {
            Set<String> now = new HashSet<>();
            for (LoadedFile f : staged.filesOf(g))
                now.add(f.name() + " " + f.sha256());
            if (!now.equals(ProvenanceRecord.storedFiles(dsg, g)))
                changed.add(g);
        }
        return changed;
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
