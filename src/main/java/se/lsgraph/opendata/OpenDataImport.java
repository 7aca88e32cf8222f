package se.lsgraph.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import se.lsgraph.link.OpenDataLinks;
import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.load.InputRejectedException;
import se.lsgraph.load.LoadedFile;
import se.lsgraph.load.MappedFileReader;
import se.lsgraph.load.MappingFile;
import se.lsgraph.load.StagedGraphs;
import se.lsgraph.load.ValidationFailedException;
import se.lsgraph.validate.GraphValidation;
import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.LSG;
import se.lsgraph.vocab.PROV;

/**
 * Regenerates the committed open-data files (data/opendata/NAME.nt) from the raw files of the
 * shared open-data folder: each source through its bundled mappings into its own graph with its
 * provenance record, then lsgraph's links (data/opendata/links.nt). Every raw file must still have
 * the SHA-256 its committed record states; everything is mapped and SHACL-validated with the rest
 * of the bundle before any file is written, so rejected input changes nothing.
 */
public final class OpenDataImport {
    public static final String LINKS = "links";
    private static final String HEADER = "Derived by `lsgraph import-opendata` from the open-data file named in its provenance record below.\n"
            + "Do not edit: change the mapping or the reviewed tables in src/main/resources/lsgraph/, then re-run the import.";

    private final Path from;
    private final Path projectRoot;
    private final boolean acceptChangedSources;

    /**
     * @param from                 the open-data folder (../shared/opendata)
     * @param projectRoot          the checkout whose data/opendata/ is regenerated
     * @param acceptChangedSources record new checksums instead of rejecting changed raw files
     */
    public OpenDataImport(Path from, Path projectRoot, boolean acceptChangedSources) {
        this.from = from;
        this.projectRoot = projectRoot;
        this.acceptChangedSources = acceptChangedSources;
    }

    public Path outputFolder() {
        return projectRoot.resolve("data/opendata");
    }

    /** Maps, links and validates everything; returns the files to write (name → bytes) without writing them. */
    public ImportResult prepare() {
        List<OpenDataSource> sources = OpenDataManifest.sources();
        Map<String, Graph> mapped = new LinkedHashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<Node, Graph> derived = new LinkedHashMap<>();
        for (OpenDataSource source : sources) {
            Path raw = from.resolve(source.file());
            byte[] bytes = read(raw);
            LoadedFile loaded = LoadedFile.of(source.file(), bytes);
            requireRecordedChecksum(source, raw, loaded);
            Graph graph = GraphFactory.createDefaultGraph();
            for (String mapping : source.mappings())
                org.apache.jena.graph.GraphUtil.addInto(graph, MappedFileReader.read(raw.toString(), bytes, MappingFile.resolve(mapping)));
            mapped.put(source.name(), graph);
            counts.put(source.name(), (long) graph.size());
            Graph shipped = source.bundled() ? copy(graph) : GraphFactory.createDefaultGraph();
            SourceProvenance.add(shipped, source, loaded);
            derived.put(source.graph(), shipped);
        }
        StagedGraphs bundle = BundleInstaller.stage(BundleSources.fromDirectory(projectRoot));
        Graph curated = curatedGraph(bundle);
        OpenDataLinks.Result links = OpenDataLinks.derive(
                new Union(mapped.get("ror-v1"), mapped.get("ror-v2")), mapped.get("scb-postal-codes"),
                mapped.get("scilifelab-services"), curated, linkSources(sources));
        Graph linkGraph = links.graph();
        describeLinks(linkGraph, sources);
        derived.put(Ids.graph("opendata/" + LINKS), linkGraph);
        validate(bundle, derived);
        for (OpenDataSource source : sources)
            files.put(source.derivedFileName(), DerivedFile.bytes(derived.get(source.graph()), HEADER));
        files.put(LINKS + ".nt", DerivedFile.bytes(linkGraph, "Derived by `lsgraph import-opendata`: lsgraph's links between the open data and the curated graph.\n"
                + "Do not edit: change the reviewed tables in src/main/resources/lsgraph/opendata/, then re-run the import."));
        return new ImportResult(files, counts, links.report(), links.matches());
    }

    /** Writes the prepared files into data/opendata/ (and removes none: the manifest names every file). */
    public ImportResult run() {
        ImportResult result = prepare();
        try {
            Files.createDirectories(outputFolder());
            for (Map.Entry<String, byte[]> f : result.files().entrySet())
                Files.write(outputFolder().resolve(f.getKey()), f.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private void requireRecordedChecksum(OpenDataSource source, Path raw, LoadedFile loaded) {
        Path committed = outputFolder().resolve(source.derivedFileName());
        if (acceptChangedSources || !Files.isRegularFile(committed))
            return;
        String recorded = SourceProvenance.recordedSha256(DerivedFile.parse(read(committed)), source);
        if (recorded != null && !recorded.equals(loaded.sha256()))
            throw new InputRejectedException(raw.toString(), "provenance record <" + source.sourceFile().getURI() + "> in "
                    + projectRoot.relativize(committed), "SHA-256 " + loaded.sha256() + " no longer matches the recorded "
                    + recorded + "; check what changed in the source, then import with --accept-changed-sources");
    }

    /** Everything the bundle holds except the open data this import replaces. */
    private static Graph curatedGraph(StagedGraphs bundle) {
        Graph curated = GraphFactory.createDefaultGraph();
        bundle.graphs().forEach((name, graph) -> {
            if (!Ids.sourceNameOf(name).startsWith("opendata/"))
                org.apache.jena.graph.GraphUtil.addInto(curated, graph);
        });
        return curated;
    }

    private static void validate(StagedGraphs bundle, Map<Node, Graph> derived) {
        GraphValidation validation = BundleInstaller.validationOf(bundle);
        Map<Node, Graph> all = new LinkedHashMap<>();
        bundle.graphs().forEach((name, graph) -> {
            if (!Ids.sourceNameOf(name).startsWith("opendata/"))
                all.put(name, graph);
        });
        all.putAll(derived);
        var violations = validation.validate(all, DatasetGraphFactory.create(), List.of());
        if (!violations.isEmpty())
            throw new ValidationFailedException(violations);
    }

    private static OpenDataLinks.Sources linkSources(List<OpenDataSource> sources) {
        Map<String, OpenDataSource> byName = new LinkedHashMap<>();
        sources.forEach(s -> byName.put(s.name(), s));
        return new OpenDataLinks.Sources(treeOf(byName.get("ror-v1")), blobOf(byName.get("scb-postal-codes")),
                blobOf(byName.get("scilifelab-services")));
    }

    private static Node treeOf(OpenDataSource s) {
        return NodeFactory.createURI(s.repository() + "/tree/" + s.commit());
    }

    private static Node blobOf(OpenDataSource s) {
        return NodeFactory.createURI(s.repository() + "/blob/" + s.commit() + "/" + s.path());
    }

    private static void describeLinks(Graph links, List<OpenDataSource> sources) {
        Node graph = Ids.graph("opendata/" + LINKS);
        links.add(Triple.create(graph, RDF.type.asNode(), NodeFactory.createURI(PROV.NS + "Entity")));
        links.add(Triple.create(graph, DCTerms.title.asNode(), NodeFactory.createLiteralLang(
                "lsgraph's links between the open data and the curated graph: registry records placed in municipalities, "
                        + "reviewed matches of organisations with ROR records, operators of catalogue offerings", "en")));
        links.add(Triple.create(graph, LSG.curationNote.asNode(), NodeFactory.createLiteralLang(
                "A ROR record without a GeoNames admin-2 code is placed in a municipality only by an identifier it shares "
                        + "(its GeoNames place is that of a record whose admin-2 code ends in the municipality's SCB code), or else "
                        + "when every postal code of the postal locality with its city's name lies in one municipality "
                        + "(scb/postal_to_municipality.csv). Other records stay unplaced; see docs/open-data.md.", "en")));
        links.add(Triple.create(graph, DCTerms.creator.asNode(), NodeFactory.createLiteralString("lsgraph curation")));
        for (OpenDataSource s : sources)
            links.add(Triple.create(graph, NodeFactory.createURI(PROV.NS + "wasDerivedFrom"), s.graph()));
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        org.apache.jena.graph.GraphUtil.addInto(out, g);
        return out;
    }

    private static byte[] read(Path file) {
        if (!Files.isRegularFile(file))
            throw new InputRejectedException(file.toString(), null, "no such file in the open-data folder");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputRejectedException(file.toString(), null, "cannot read file: " + e.getMessage());
        }
    }

    /** What an import produced: the files, the triples mapped per source, what was left undecided. */
    public record ImportResult(Map<String, byte[]> files, Map<String, Long> mappedTriples, List<String> report, int matches) {
        public List<String> fileNames() {
            return new ArrayList<>(files.keySet());
        }
    }
}
