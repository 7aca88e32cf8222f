package se.lsgraph.followup;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.apache.jena.graph.Node;

import se.lsgraph.load.LoadedFile;
import se.lsgraph.load.Loader;
import se.lsgraph.load.MappedFileReader;
import se.lsgraph.load.Mapping;
import se.lsgraph.load.MappingFile;
import se.lsgraph.load.StagedGraphs;
import se.lsgraph.store.GraphStore;
import se.lsgraph.validate.GraphValidation;
import se.lsgraph.vocab.Ids;

/**
 * Loads an action plan written in the follow-up template (a measures sheet and an indicator values
 * sheet, as CSV) into its own graph, https://w3id.org/lsgraph/graph/followup-PLAN. Names are matched
 * against the graph first; the records then go through the bundled follow-up-* mappings, are
 * SHACL-validated with the rest of the store and committed in one transaction with a provenance
 * record naming both files. Anything wrong leaves the store unchanged.
 */
public final class FollowUpLoad {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GraphStore store;
    private final Loader loader;

    public FollowUpLoad(GraphStore store, GraphValidation validation, PrintStream progressOut) {
        this.store = store;
        this.loader = new Loader(store, validation, progressOut);
    }

    /** What a load put where. */
    public record Result(Node graph, int measures, int indicators, int values, long triples) {}

    public Result load(Path measuresSheet, Path valuesSheet) {
        FollowUpRecords records = new FollowUpRecords(
                NameIndex.fromQuery(store, "followup/actor-names"),
                NameIndex.fromQuery(store, "followup/strategy-element-names"))
                .read(Sheet.read(measuresSheet, SheetColumns.MEASURES), Sheet.read(valuesSheet, SheetColumns.VALUES));
        Node graph = Ids.graph("followup-" + records.planId());
        StagedGraphs staged = new StagedGraphs();
        stage(staged, graph, "follow-up-plans", records.plans);
        stage(staged, graph, "follow-up-measures", records.measures);
        stage(staged, graph, "follow-up-indicators", records.indicators);
        stage(staged, graph, "follow-up-values", records.values);
        staged.addFile(graph, LoadedFile.of(measuresSheet.toString(), bytes(measuresSheet)));
        staged.addFile(graph, LoadedFile.of(valuesSheet.toString(), bytes(valuesSheet)));
        long triples = loader.commit(staged); // validates the nodes it touches inside its transaction
        return new Result(graph, records.measures.size(), records.indicators.size(), records.values.size(), triples);
    }

    private static void stage(StagedGraphs staged, Node graph, String mappingName, ArrayNode records) {
        Mapping mapping = MappingFile.resolve(mappingName);
        try {
            MappedFileReader.read(mappingName, JSON.writeValueAsBytes(records), mapping)
                    .find().forEachRemaining(staged.graph(graph)::add);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
