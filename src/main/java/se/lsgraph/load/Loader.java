package se.lsgraph.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;

import se.lsgraph.catalog.CatalogGraph;

import se.lsgraph.load.guard.InputGuard;
import se.lsgraph.load.guard.InputLimits;
import se.lsgraph.load.guard.Syntax;
import se.lsgraph.store.GraphStore;
import se.lsgraph.validate.GraphValidation;
import se.lsgraph.validate.ShapesValidator;
import se.lsgraph.vocab.Ids;

/**
 * Loads files into the store, each source replacing its named graph, with a provenance record, in
 * one write transaction: {@link #load} streams files of any size; {@link #stage} and
 * {@link #validate} check files in memory without writing (the {@code validate} command). Bad input
 * is rejected with the transaction aborted, so the stored graph is unchanged.
 */
public final class Loader {
    private final GraphStore store;
    private final GraphValidation validation;
    private final PrintStream progressOut;
    private final LoadOptions options;

    public Loader(GraphStore store, GraphValidation validation, PrintStream progressOut) {
        this(store, validation, progressOut, LoadOptions.DEFAULT);
    }

    public Loader(GraphStore store, GraphValidation validation, PrintStream progressOut, LoadOptions options) {
        this.store = store;
        this.validation = validation;
        this.progressOut = progressOut;
        this.options = options;
    }

    LoadOptions options() {
        return options;
    }

    /**
     * Parses files into staged graphs. With a mapping, CSV/JSON files go to the mapping's graph;
     * otherwise each RDF file's default graph goes to {@code graph}, or, when that is null, to a graph
     * named after the file; named graphs in TriG or N-Quads files keep their names.
     */
    public StagedGraphs stage(List<Path> files, Node graph, Mapping mapping) {
        StagedGraphs staged = new StagedGraphs();
        for (Path file : files) {
            String name = file.toString();
            if (mapping != null) {
                Node target = graph != null ? graph : Ids.graph(mapping.name());
                byte[] bytes = readBytes(file, options.limits());
                Utf8Check.requireUtf8(name, bytes);
                MappedFileReader.read(name, bytes, mapping).find().forEachRemaining(staged.graph(target)::add);
                staged.addFile(target, LoadedFile.of(name, bytes));
                staged.setMapping(target, mapping);
            } else {
                stageRdf(staged, file, StreamedRdfLoad.targetOf(file, graph));
            }
        }
        return staged;
    }

    /**
     * Refuses to overwrite the provenance graph or a graph of the bundled graph (the ontology, a
     * curated document): those change only through ontology/ and data/, never by a load. Nor the
     * catalogue graph, which the server alone writes (it describes the others).
     */
    public void requireLoadable(Iterable<Node> targets) {
        List<Node> protectedGraphs = store.read(BundleInstaller::protectedGraphs);
        for (Node g : targets)
            if (g.equals(CatalogGraph.NAME))
                throw new InputRejectedException(g.getURI(), null, "is the catalogue graph, which lsgraph writes itself "
                        + "(the catalogue record and VoID of the other graphs), and cannot be written by a load; "
                        + "load into another graph (--graph)");
            else if (protectedGraphs.contains(g))
                throw new InputRejectedException(g.getURI(), null, "is "
                        + (g.equals(Ids.PROVENANCE_GRAPH) ? "the provenance graph" : "a graph of the bundled graph")
                        + " and cannot be replaced by a load; load into another graph (--graph)");
    }

    /**
     * Validates staged graphs together with the rest of the store, without writing (the validate
     * command); throws on any violation. {@link #commit} validates by itself.
     */
    public void validate(StagedGraphs staged) {
        requireLoadable(staged.graphs().keySet());
        List<ShapesValidator.Violation> violations = store.read(dsg ->
                validation.validate(staged.graphs(), dsg, otherGraphs(dsg, staged)));
        if (!violations.isEmpty())
            throw new ValidationFailedException(violations);
    }

    /**
     * Commits staged graphs in one transaction, replacing each graph and its provenance record,
     * validated inside it like a streamed load: only the nodes the change touches, against the store
     * as it then is (see {@link ChangeValidation}), not the whole store again. A violation aborts the
     * transaction, so the stored graph is unchanged.
     */
    public long commit(StagedGraphs staged) {
        requireLoadable(staged.graphs().keySet());
        Progress progress = new Progress(progressOut, "load");
        store.write(dsg -> {
            try (RemovedNodes removed = new RemovedNodes()) {
                boolean subClassOf = false;
                for (Map.Entry<Node, Graph> e : staged.graphs().entrySet()) {
                    dsg.find(e.getKey(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> removed.add(q.asTriple()));
                    replaceGraph(dsg, e.getKey(), e.getValue(), progress);
                    subClassOf |= e.getValue().contains(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY);
                    ProvenanceRecord.write(dsg, e.getKey(), e.getValue().size(), staged.filesOf(e.getKey()),
                            staged.mappingOf(e.getKey()));
                }
                ChangeValidation.validate(dsg, validation, staged.graphs().keySet(), removed,
                        subClassOf || removed.removedSubClassOf(), progressOut);
            }
        });
        progress.done();
        return progress.count();
    }

    /**
     * Loads files in bounded memory, in one write transaction: RDF is streamed and validated node by
     * node against the store (see {@link StreamedRdfLoad}), CSV/JSON through a mapping record by
     * record (see {@link MappedLoad}). Returns the number of triples written.
     */
    public long load(List<Path> files, Node graph, Mapping mapping) {
        if (mapping != null)
            return new MappedLoad(store, validation, progressOut, options).load(files, graph, mapping);
        return loadRdf(files, graph).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Loads RDF files; returns the triples written into each named graph. */
    public Map<Node, Long> loadRdf(List<Path> files, Node graph) {
        if (BulkRdfLoad.worthIt(store, files, options))
            return new BulkRdfLoad(store, validation, progressOut, this).load(files, graph);
        return new StreamedRdfLoad(store, validation, progressOut, this).load(files, graph);
    }

    static void replaceGraph(DatasetGraph dsg, Node name, Graph content, Progress progress) {
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        Iterator<Triple> it = content.find();
        while (it.hasNext()) {
            Triple t = it.next();
            dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
            progress.tick();
        }
    }

    /** Every named graph except the provenance graph: what SHACL sees of the store. */
    static List<Node> graphsExceptProvenance(DatasetGraph dsg) {
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(Ids.PROVENANCE_GRAPH))
                graphs.add(g);
        });
        return graphs;
    }

    private static List<Node> otherGraphs(DatasetGraph dsg, StagedGraphs staged) {
        List<Node> others = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!staged.graphs().containsKey(g) && !g.equals(Ids.PROVENANCE_GRAPH))
                others.add(g);
        });
        return others;
    }

    private static void stageRdf(StagedGraphs staged, Path file, Node target) {
        Set<Node> touched = new LinkedHashSet<>();
        touched.add(target);
        LoadedFile loaded = RdfFileReader.read(file, new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                staged.graph(target).add(triple);
            }

            @Override
            public void quad(Quad quad) {
                Node g = quad.isDefaultGraph() ? target : quad.getGraph();
                touched.add(g);
                staged.graph(g).add(quad.asTriple());
            }
        });
        for (Node g : touched)
            staged.addFile(g, loaded);
    }

    static String sourceNameOf(Path file) {
        String base = file.getFileName().toString().replaceFirst("(\\.gz)?$", "").replaceFirst("\\.[^.]+$", "");
        String slug = base.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }

    private static byte[] readBytes(Path file, InputLimits limits) {
        try {
            if (file.getFileName().toString().endsWith(".gz"))
                try (var in = InputGuard.of(file.toString(), new java.util.zip.GZIPInputStream(Files.newInputStream(file)),
                        limits, Syntax.OTHER, Files.size(file))) {
                    return in.readAllBytes();
                }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputRejectedException(file.toString(), null, "cannot read file: " + e.getMessage());
        }
    }
}
