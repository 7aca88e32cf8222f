package se.lsgraph.load;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * Loads RDF files of any size in bounded memory, in one write transaction, reading each file once.
 * <ol>
 * <li>Write, in one transaction: the files are streamed through the strict parser (UTF-8 checked
 * and hashed on the way) straight into the store; the first time a target graph is met, its old
 * content is deleted (its nodes noted in a temporary file). Broken syntax anywhere throws, which
 * aborts the transaction: nothing is written. Then the provenance records are written.</li>
 * <li>Validate, in the same transaction, against the store as it now is: only the nodes the change
 * touches (see {@link se.lsgraph.validate.ShapeReach}), batch by batch in index order, or the whole
 * store where the shapes or a changed class hierarchy require it. Any violation aborts the
 * transaction, so readers never see the new data and the stored graph is unchanged.</li>
 * </ol>
 * A second parse pass before the write (to reject bad syntax without opening a write) would cost a
 * fifth of a large load; an abort undoes a half-written file just as well.
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

    /** Loads; returns the number of triples written into each graph. */
    Map<Node, Long> load(List<Path> files, Node graph) {
        Set<Node> defaultTargets = new LinkedHashSet<>();
        for (Path file : files)
            defaultTargets.add(targetOf(file, graph));
        loader.requireLoadable(defaultTargets); // before any write: the common refusal costs no abort
        Map<Node, Long> written = new LinkedHashMap<>();
        store.write(dsg -> {
            try (RemovedNodes removed = new RemovedNodes()) {
                ReplacedGraphs replaced = new ReplacedGraphs(dsg, removed);
                boolean[] addedSubClassOf = {false};
                Progress progress = new Progress(progressOut, "load");
                for (Path file : files) {
                    Node target = targetOf(file, graph);
                    Set<Node> ofFile = new LinkedHashSet<>();
                    ofFile.add(target);
                    replaced.enter(target);
                    long before = progress.count();
                    LoadedFile loaded = RdfFileReader.read(file,
                            into(dsg, target, replaced, ofFile, written, addedSubClassOf, progress),
                            loader.options().limits());
                    if (progress.count() == before && !loader.options().allowEmpty())
                        throw LoadOptions.empty(file.toString(), "triples");
                    for (Node g : ofFile)
                        replaced.addFile(g, loaded);
                }
                progress.done();
                for (Map.Entry<Node, List<LoadedFile>> e : replaced.files().entrySet())
                    ProvenanceRecord.write(dsg, e.getKey(), written.getOrDefault(e.getKey(), 0L), e.getValue(), null);
                ChangeValidation.validate(dsg, validation, replaced.files().keySet(), removed,
                        addedSubClassOf[0] || removed.removedSubClassOf(), progressOut);
            }
        });
        return written;
    }

    /** The graphs the load replaces, each emptied the first time the load meets it, and their files. */
    private final class ReplacedGraphs {
        private final DatasetGraph dsg;
        private final RemovedNodes removed;
        private final Map<Node, List<LoadedFile>> files = new LinkedHashMap<>();

        ReplacedGraphs(DatasetGraph dsg, RemovedNodes removed) {
            this.dsg = dsg;
            this.removed = removed;
        }

        /** Empties the graph unless this load already did (its new triples are already in it). */
        void enter(Node g) {
            if (files.containsKey(g))
                return;
            loader.requireLoadable(List.of(g));
            files.put(g, new ArrayList<>());
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> removed.add(q.asTriple()));
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }

        void addFile(Node g, LoadedFile file) {
            files.get(g).add(file);
        }

        Map<Node, List<LoadedFile>> files() {
            return files;
        }
    }

    private static StreamRDF into(DatasetGraph dsg, Node target, ReplacedGraphs replaced, Set<Node> ofFile,
                                  Map<Node, Long> written, boolean[] subClassOf, Progress progress) {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                add(target, t);
            }

            @Override
            public void quad(Quad q) {
                Node g = q.isDefaultGraph() ? target : q.getGraph();
                if (ofFile.add(g))
                    replaced.enter(g);
                add(g, q.asTriple());
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
