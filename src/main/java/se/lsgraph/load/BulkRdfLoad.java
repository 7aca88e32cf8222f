package se.lsgraph.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
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
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;

import se.lsgraph.store.GraphStore;
import se.lsgraph.store.StoreException;
import se.lsgraph.validate.GraphValidation;

/**
 * Loads large RDF files by building the store's next generation beside the current one, the way
 * TDB2 compacts, instead of adding quad by quad in one write transaction (which updates six
 * B+trees per quad):
 * <ol>
 * <li>Build: a fresh TDB2 database in the store's staging folder gets, through TDB2's sequential
 * bulk loader (see {@link #build}), the files (parsed once by the same strict reader as every load, hashed on the way) and
 * every quad of the current store outside the graphs the files replace.</li>
 * <li>Validate there, on every core ({@link StagedValidation}): the same touched-node validation as
 * {@link StreamedRdfLoad} (the new content, the old content's nodes, the far-reaching shapes); then
 * write the provenance records. A violation or any other failure deletes the staging folder: the
 * store was never touched.</li>
 * <li>Switch: {@link GraphStore#installGeneration} renames the staged generation into place in one
 * atomic step. A crash at any point before leaves the current generation as it was (the next open
 * deletes the staged folder); after, the new generation is complete.</li>
 * </ol>
 * The build copies the rest of the store, so it is chosen only when the input is at least as large
 * as the data the store holds (see {@link #worthIt}).
 */
final class BulkRdfLoad {
    private final GraphStore store;
    private final GraphValidation validation;
    private final PrintStream progressOut;
    private final Loader loader;

    BulkRdfLoad(GraphStore store, GraphValidation validation, PrintStream progressOut, Loader loader) {
        this.store = store;
        this.validation = validation;
        this.progressOut = progressOut;
        this.loader = loader;
    }

    /** True when the files are large enough, and the store small enough, for a staged build to pay. */
    static boolean worthIt(GraphStore store, List<Path> files, LoadOptions options) {
        if (options.bulkFromBytes() == Long.MAX_VALUE || store.readOnly())
            return false;
        long folder = store.folderBytes();
        if (folder < 0)
            return false;
        if (options.bulkFromBytes() == 0)
            return true;
        long input = 0;
        for (Path f : files)
            try {
                input += Files.size(f);
            } catch (IOException e) {
                return false; // the streamed load names the unreadable file
            }
        // A TDB2 folder's file sizes overstate its data several times (files grow in 8 MiB steps, and
        // dead space stays until compaction): a quarter of it is closer to what the copy costs.
        return input >= options.bulkFromBytes() && input >= folder / 4;
    }

    Map<Node, Long> load(List<Path> files, Node graph) {
        Set<Node> defaultTargets = new LinkedHashSet<>();
        for (Path file : files)
            defaultTargets.add(StreamedRdfLoad.targetOf(file, graph));
        loader.requireLoadable(defaultTargets);
        Path staging = store.newStagingFolder();
        DatasetGraph next = DatabaseMgr.connectDatasetGraph(staging.toString());
        boolean closed = false;
        try (RemovedNodes removed = new RemovedNodes()) {
            Built built = build(next, files, graph, removed);
            // The build is committed and no one else can see it: validated first, on every core, in
            // read transactions (SHACL does not look at the provenance graph written after).
            StagedValidation.validate(next, validation, built.files().keySet(), removed,
                    built.subClassOf() || removed.removedSubClassOf(), progressOut);
            Txn.executeWrite(next, () -> {
                for (Map.Entry<Node, List<LoadedFile>> e : built.files().entrySet())
                    ProvenanceRecord.write(next, e.getKey(), built.written().getOrDefault(e.getKey(), 0L), e.getValue(), null);
            });
            TDBInternal.expel(next);
            closed = true;
            store.installGeneration(staging);
            return built.written();
        } catch (RuntimeException e) {
            if (!closed)
                TDBInternal.expel(next);
            deleteQuietly(staging);
            throw e;
        }
    }

    private record Built(Map<Node, List<LoadedFile>> files, Map<Node, Long> written, boolean subClassOf) {}

    /**
     * The files and the rest of the store into the staged database, through TDB2's sequential bulk
     * loader: one thread writes the node table and the primary index, then builds each other index
     * in turn. The phased loader (tdb2.tdbloader's default) runs the indexes on their own threads
     * and queues batches between them; on two shared cores it was slower and peaked at twice the
     * resident memory for the same database (docs/benchmarks/load.md), and the validation after
     * the build needs the memory and the cores more.
     */
    private Built build(DatasetGraph next, List<Path> files, Node graph, RemovedNodes removed) {
        DataLoader bulk = LoaderFactory.sequentialLoader(next, (fmt, args) -> { });
        Map<Node, List<LoadedFile>> byGraph = new LinkedHashMap<>();
        Map<Node, Long> written = new LinkedHashMap<>();
        boolean[] subClassOf = {false};
        bulk.startBulk();
        try {
            StreamRDF sink = bulk.stream();
            Progress progress = new Progress(progressOut, "load");
            for (Path file : files) {
                Node target = StreamedRdfLoad.targetOf(file, graph);
                Set<Node> ofFile = new LinkedHashSet<>();
                ofFile.add(target);
                byGraph.computeIfAbsent(target, g -> new ArrayList<>());
                long before = progress.count();
                LoadedFile loaded = RdfFileReader.read(file, new StreamRDFBase() {
                    @Override
                    public void triple(Triple t) {
                        add(target, t);
                    }

                    @Override
                    public void quad(Quad q) {
                        Node g = q.isDefaultGraph() ? target : q.getGraph();
                        if (ofFile.add(g) && !byGraph.containsKey(g)) {
                            loader.requireLoadable(List.of(g));
                            byGraph.put(g, new ArrayList<>());
                        }
                        add(g, q.asTriple());
                    }

                    private void add(Node g, Triple t) {
                        sink.quad(Quad.create(g, t));
                        written.merge(g, 1L, Long::sum);
                        if (t.getPredicate().equals(RDFS.subClassOf.asNode()))
                            subClassOf[0] = true;
                        progress.tick();
                    }
                }, loader.options().limits());
                if (progress.count() == before && !loader.options().allowEmpty())
                    throw LoadOptions.empty(file.toString(), "triples");
                for (Node g : ofFile)
                    byGraph.get(g).add(loaded);
            }
            progress.done();
            copyTheRest(sink, byGraph.keySet(), removed);
            bulk.finishBulk();
        } catch (RuntimeException e) {
            bulk.finishException(e);
            throw e;
        }
        return new Built(byGraph, written, subClassOf[0]);
    }

    /** Every stored quad outside the replaced graphs; the replaced graphs' old triples are noted as removed. */
    private void copyTheRest(StreamRDF sink, Set<Node> replaced, RemovedNodes removed) {
        Progress progress = new Progress(progressOut, "copy");
        store.read(dsg -> {
            dsg.find().forEachRemaining(q -> {
                if (replaced.contains(q.getGraph()))
                    removed.add(q.asTriple());
                else
                    sink.quad(q);
                progress.tick();
            });
            return null;
        });
        progress.done();
    }

    private static void deleteQuietly(Path staging) {
        try (var all = Files.walk(staging)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // the next open of the store deletes it
        }
    }
}
