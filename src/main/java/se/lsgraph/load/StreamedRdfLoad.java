package se.lsgraph.load;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;

import se.lsgraph.store.GraphStore;
import se.lsgraph.validate.GraphValidation;
import se.lsgraph.vocab.Ids;

/**
 * Loads RDF files of any size in bounded memory, in one write transaction.
 * <ol>
 * <li>Survey: every file is streamed through the strict parser (UTF-8 checked and hashed on the
 * way) without touching the store, so broken syntax is rejected before anything is written.</li>
 * <li>Write, in one transaction: each target graph's old content is deleted (its nodes noted in a
 * temporary file), the files are streamed again straight into the store, and the provenance records
 * are written.</li>
 * <li>Validate, in the same transaction, against the store as it now is: only the nodes the change
 * touches (see {@link se.lsgraph.validate.ShapeReach}), batch by batch in index order, or the whole
 * store where the shapes or a changed class hierarchy require it. Any violation aborts the
 * transaction, so readers never see the new data and the stored graph is unchanged.</li>
 * </ol>
 */
final class StreamedRdfLoad {
    private final GraphStore store;
    private final GraphValidation validation;
    private final PrintStream progressOut;
    private final Loader loader;

    StreamedRdfLoad(GraphStore store, GraphValidation validation, PrintStream progressOut, Loader loader) {
        this.store = store;
        this.validation = validation;
        this.progressOut = progressOut;
        this.loader = loader;
    }

    /** What the survey found: the files of each target graph and its triple count. */
    private record Survey(Map<Node, List<LoadedFile>> files, Map<Node, Long> triples, Map<Path, LoadedFile> byPath) {}

    /** Loads; returns the number of triples written into each graph. */
    Map<Node, Long> load(List<Path> files, Node graph) {
        Survey survey = survey(files, graph);
        loader.requireLoadable(survey.files().keySet());
        Map<Node, Long> written = new LinkedHashMap<>();
        store.write(dsg -> {
            try (RemovedNodes removed = new RemovedNodes()) {
                for (Node g : survey.files().keySet())
                    deleteGraph(dsg, g, removed);
                boolean[] addedSubClassOf = {false};
                Progress progress = new Progress(progressOut, "load");
                for (Path file : files) {
                    LoadedFile again = RdfFileReader.read(file, into(dsg, targetOf(file, graph), written, addedSubClassOf, progress),
                            loader.options().limits());
                    if (!again.sha256().equals(survey.byPath().get(file).sha256()))
                        throw new InputRejectedException(file.toString(), null, "the file changed while it was being loaded");
                }
                progress.done();
                for (Map.Entry<Node, List<LoadedFile>> e : survey.files().entrySet())
                    ProvenanceRecord.write(dsg, e.getKey(), written.getOrDefault(e.getKey(), 0L), e.getValue(), null);
                ChangeValidation.validate(dsg, validation, survey.files().keySet(), removed,
                        addedSubClassOf[0] || removed.removedSubClassOf(), progressOut);
            }
        });
        return written;
    }

    private Survey survey(List<Path> files, Node graph) {
        Map<Node, List<LoadedFile>> byGraph = new LinkedHashMap<>();
        Map<Node, Long> triples = new LinkedHashMap<>();
        Map<Path, LoadedFile> byPath = new LinkedHashMap<>();
        Progress progress = new Progress(progressOut, "parse");
        for (Path file : files) {
            Node target = targetOf(file, graph);
            Set<Node> touched = new java.util.LinkedHashSet<>();
            touched.add(target);
            long[] inFile = {0};
            LoadedFile loaded = RdfFileReader.read(file, new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    triples.merge(target, 1L, Long::sum);
                    inFile[0]++;
                    progress.tick();
                }

                @Override
                public void quad(Quad q) {
                    Node g = q.isDefaultGraph() ? target : q.getGraph();
                    if (touched.add(g))
                        byGraph.computeIfAbsent(g, n -> new ArrayList<>());
                    triples.merge(g, 1L, Long::sum);
                    inFile[0]++;
                    progress.tick();
                }
            }, loader.options().limits());
            if (inFile[0] == 0 && !loader.options().allowEmpty())
                throw LoadOptions.empty(file.toString(), "triples");
            byPath.put(file, loaded);
            for (Node g : touched)
                byGraph.computeIfAbsent(g, n -> new ArrayList<>()).add(loaded);
        }
        progress.done();
        return new Survey(byGraph, triples, byPath);
    }

    private static void deleteGraph(DatasetGraph dsg, Node g, RemovedNodes removed) {
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> removed.add(q.asTriple()));
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
    }

    private static StreamRDF into(DatasetGraph dsg, Node target, Map<Node, Long> written, boolean[] subClassOf,
                                  Progress progress) {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                add(target, t);
            }

            @Override
            public void quad(Quad q) {
                add(q.isDefaultGraph() ? target : q.getGraph(), q.asTriple());
            }

            private void add(Node g, Triple t) {
                dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                written.merge(g, 1L, Long::sum);
                if (t.getPredicate().equals(RDFS.subClassOf.asNode()))
                    subClassOf[0] = true;
                progress.tick();
            }
        };
    }

    static Node targetOf(Path file, Node graph) {
        return graph != null ? graph : Ids.graph(Loader.sourceNameOf(file));
    }
}
