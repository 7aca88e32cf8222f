package se.lsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.LoadOptions;
import se.lsgraph.load.Loader;
import se.lsgraph.load.guard.InputLimits;
import se.lsgraph.load.MappedLoad;
import se.lsgraph.load.Mapping;
import se.lsgraph.load.MappingFile;
import se.lsgraph.store.GraphStore;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load RDF files (any syntax), or CSV/JSON files through a mapping, into the database. "
                + "Each file is parsed once and validated before any of it becomes visible; each source replaces its named graph atomically (large files through a staged TDB2 generation, see docs/loading.md).")
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--graph", paramLabel = "IRI",
            description = "Named graph to load into (default: https://w3id.org/lsgraph/graph/<file name>, or the mapping's name).")
    String graph;

    @Option(names = "--mapping", paramLabel = "FILE", description = "JSON mapping file, or the name of a bundled mapping (scb-municipalities, ror-v2, ...), for CSV or JSON input files.")
    String mapping;

    @Option(names = "--allow-empty",
            description = "Accept a file with no triples (or no records) and let it replace its graph with nothing; refused by default.")
    boolean allowEmpty;

    @Option(names = "--bulk-from-mib", paramLabel = "MIB", defaultValue = "64",
            description = "RDF input of at least this size (and at least the database folder's) is staged: built as the "
                    + "database's next generation with TDB2's bulk loader, validated there, then switched to atomically "
                    + "(default: ${DEFAULT-VALUE}; 0: always; a negative size is refused).")
    long bulkFromMib;

    /** The largest --bulk-from-mib whose byte count still fits a long. */
    static final long MAX_BULK_FROM_MIB = Long.MAX_VALUE >> 20;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to load.")
    List<Path> files;

    @Override
    public Integer call() {
        // Checked before the database is opened: a bad option must not create or touch a store.
        // The upper bound keeps the shift to bytes from overflowing into a negative threshold.
        if (bulkFromMib < 0 || bulkFromMib > MAX_BULK_FROM_MIB)
            throw new IllegalArgumentException("--bulk-from-mib must be between 0 (always staged) and "
                    + MAX_BULK_FROM_MIB + " MiB, not " + bulkFromMib);
        Mapping map = mapping == null ? null : MappingFile.resolve(mapping);
        Node target = graph == null ? null : requireIri(graph);
        var validation = BundleInstaller.validationOf(database.bundle());
        LoadOptions options = new LoadOptions(allowEmpty, InputLimits.DEFAULT, bulkFromMib << 20);
        try (GraphStore store = database.open(); FinderIndexAfterWrite searchIndex = FinderIndexAfterWrite.watch(store, database.dbPath())) {
            var out = spec.commandLine().getOut();
            if (map != null) {
                long triples = new MappedLoad(store, validation, System.err, options).load(files, target, map);
                out.printf("Loaded %,d triples into <%s>%n", triples, MappedLoad.graphOf(map, target).getURI());
                out.printf("Committed %,d triples to %s%n", triples, store.description());
            } else {
                var written = new Loader(store, validation, System.err, options).loadRdf(files, target);
                written.forEach((g, count) -> out.printf("Loaded %,d triples into <%s>%n", count, g.getURI()));
                out.printf("Committed %,d triples to %s%n", written.values().stream().mapToLong(Long::longValue).sum(),
                        store.description());
            }
            out.flush();
            noteDeadSpace(store);
            // The load stands whatever this step does: a failure is told, and serve rebuilds the index.
            searchIndex.bringUpToDate(spec.commandLine().getErr());
        }
        return ExitCodes.OK;
    }

    private void noteDeadSpace(GraphStore store) {
        String note = store.deadSpaceNote();
        if (note != null)
            spec.commandLine().getErr().println(note);
    }

    private static Node requireIri(String iri) {
        if (!iri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$"))
            throw new IllegalArgumentException("--graph is not an absolute IRI: " + iri);
        return NodeFactory.createURI(iri);
    }
}
