package se.lsgraph.load;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.sparql.graph.GraphFactory;

import se.lsgraph.store.GraphStore;
import se.lsgraph.validate.GraphValidation;
import se.lsgraph.validate.ShapesValidator;
import se.lsgraph.vocab.Ids;

/**
 * Loads CSV or JSON files through a mapping in constant memory, for registry dumps of any size.
 * Pass one streams the records and checks them; only if every record passes does pass two stream
 * them again into one write transaction that replaces the mapping's graph and SHACL-validates, in
 * it, the nodes the change touches. Rejected input leaves the store unchanged.
 */
public final class MappedLoad {
    static final int BATCH_TRIPLES = 50_000;

    private final GraphStore store;
    private final GraphValidation validation;
    private final PrintStream progressOut;
    private final LoadOptions options;

    public MappedLoad(GraphStore store, GraphValidation validation, PrintStream progressOut) {
        this(store, validation, progressOut, LoadOptions.DEFAULT);
    }

    public MappedLoad(GraphStore store, GraphValidation validation, PrintStream progressOut, LoadOptions options) {
        this.store = store;
        this.validation = validation;
        this.progressOut = progressOut;
        this.options = options;
    }

    public static Node graphOf(Mapping mapping, Node graph) {
        return graph != null ? graph : Ids.graph(mapping.name());
    }

    /** Pass one only: every problem of the input, SHACL included, without writing. */
    public List<LoadedFile> check(List<Path> files, Node graph, Mapping mapping) {
        return check(files, graph, mapping, true);
    }

    /**
     * Pass one: every record read and mapped (an error names the file and record); with
     * {@code shacl}, each batch also validated against the rest of the store.
     */
    private List<LoadedFile> check(List<Path> files, Node graph, Mapping mapping, boolean shacl) {
        Node target = graphOf(mapping, graph);
        new Loader(store, validation, null).requireLoadable(List.of(target));
        List<LoadedFile> loaded = new ArrayList<>();
        Progress progress = new Progress(progressOut, "check " + mapping.name());
        for (Path file : files) {
            Utf8Check.requireUtf8(file);
            BatchValidator batches = new BatchValidator(target, progress, shacl);
            loaded.add(stream(file, mapping, batches));
            batches.flush();
            if (batches.triples == 0 && !options.allowEmpty())
                throw LoadOptions.empty(file.toString(), "records");
        }
        progress.done();
        return loaded;
    }

    /**
     * Reads every record (pass one), then writes in one transaction (pass two) and validates there
     * only the nodes the change touches, against the store as it then is (see
     * {@link ChangeValidation}); a violation aborts, leaving the store unchanged. Returns the number
     * of triples loaded.
     */
    public long load(List<Path> files, Node graph, Mapping mapping) {
        List<LoadedFile> loaded = check(files, graph, mapping, false);
        Node target = graphOf(mapping, graph);
        Progress progress = new Progress(progressOut, "load " + mapping.name());
        long[] count = {0};
        boolean[] subClassOf = {false};
        store.write(dsg -> {
            try (RemovedNodes removed = new RemovedNodes()) {
                dsg.find(target, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> removed.add(q.asTriple()));
                dsg.deleteAny(target, Node.ANY, Node.ANY, Node.ANY);
                StreamRDF into = new StreamRDFBase() {
                    @Override
                    public void triple(Triple t) {
                        dsg.add(target, t.getSubject(), t.getPredicate(), t.getObject());
                        subClassOf[0] |= t.getPredicate().equals(RDFS.subClassOf.asNode());
                        count[0]++;
                        progress.tick();
                    }
                };
                for (Path file : files)
                    stream(file, mapping, into);
                ProvenanceRecord.write(dsg, target, count[0], loaded, mapping);
                ChangeValidation.validate(dsg, validation, Set.of(target), removed, subClassOf[0] || removed.removedSubClassOf(),
                        progressOut);
            }
        });
        progress.done();
        return count[0];
    }

    private LoadedFile stream(Path file, Mapping mapping, StreamRDF out) {
        try (InputStream raw = Files.newInputStream(file);
             DigestInputStream in = new DigestInputStream(new BufferedInputStream(raw, 1 << 16), sha256())) {
            MappedFileReader.read(file.toString(), new FilterInputStream(in) {
                @Override
                public void close() {
                    // the readers close their input; the checksum still needs the rest of it
                }
            }, mapping, out, options.limits());
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return new LoadedFile(file.toString(), HexFormat.of().formatHex(in.getMessageDigest().digest()), Files.size(file));
        } catch (IOException e) {
            throw new InputRejectedException(file.toString(), null, "cannot read file: " + e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collects triples into batches and validates each with SHACL against the rest of the store. */
    private final class BatchValidator extends StreamRDFBase {
        private final Node target;
        private final Progress progress;
        private Graph batch = GraphFactory.createDefaultGraph();
        private Node lastSubject;
        private long triples;

        private final boolean shacl;

        BatchValidator(Node target, Progress progress, boolean shacl) {
            this.target = target;
            this.progress = progress;
            this.shacl = shacl;
        }

        /** A record's triples come together and share a subject: batches end between records only. */
        @Override
        public void triple(Triple t) {
            if (batch.size() >= BATCH_TRIPLES && !t.getSubject().equals(lastSubject))
                flush();
            batch.add(t);
            triples++;
            lastSubject = t.getSubject();
            progress.tick();
        }

        void flush() {
            if (batch.isEmpty() || !shacl) {
                batch = GraphFactory.createDefaultGraph();
                return;
            }
            List<ShapesValidator.Violation> violations = store.read(dsg ->
                    validation.validate(Map.of(target, batch), dsg, otherGraphs(dsg, target)));
            if (!violations.isEmpty())
                throw new ValidationFailedException(violations);
            batch = GraphFactory.createDefaultGraph();
        }
    }

    private static List<Node> otherGraphs(DatasetGraph dsg, Node target) {
        List<Node> others = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(target) && !g.equals(Ids.PROVENANCE_GRAPH))
                others.add(g);
        });
        return others;
    }
}
