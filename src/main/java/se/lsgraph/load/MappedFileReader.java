package se.lsgraph.load;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;

import se.lsgraph.load.guard.InputGuard;
import se.lsgraph.load.guard.InputLimits;
import se.lsgraph.load.guard.Syntax;

/** Reads a CSV, JSON or front-matter file through a {@link Mapping} into a graph. */
public final class MappedFileReader {
    private MappedFileReader() {}

    public static Graph read(String fileName, byte[] bytes, Mapping mapping) {
        Graph graph = GraphFactory.createDefaultGraph();
        read(fileName, new ByteArrayInputStream(bytes), mapping, StreamRDFLib.graph(graph));
        return graph;
    }

    /** Streams the mapped triples of a file; for inputs too large to hold as bytes. */
    public static void read(String fileName, InputStream in, Mapping mapping, StreamRDF out) {
        read(fileName, in, mapping, out, InputLimits.DEFAULT);
    }

    /** Streams the mapped triples of a file, its bytes checked against the limits as they are read. */
    public static void read(String fileName, InputStream raw, Mapping mapping, StreamRDF out, InputLimits limits) {
        InputGuard in = InputGuard.of(fileName, raw, limits, Syntax.ofMappingFormat(mapping.format()), -1);
        try {
            readRecords(fileName, in, mapping, out);
        } catch (InputRejectedException e) {
            throw in.refusal() != null ? in.refusal() : e;
        }
    }

    private static void readRecords(String fileName, InputStream in, Mapping mapping, StreamRDF out) {
        RecordMapper mapper = new RecordMapper(fileName, mapping, out);
        if ("csv".equals(mapping.format())) {
            List<String> columns = mapper.fieldsUsed();
            CsvRecords.forEach(fileName, new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()),
                    mapping.delimiter(), columns, mapper::map);
        } else if ("yaml-front-matter".equals(mapping.format())) {
            FrontMatterRecords.forEach(fileName, in, mapping.records(), mapper::map);
        } else {
            JsonRecords.forEach(fileName, in, mapping.records(), mapper::map);
        }
    }
}
