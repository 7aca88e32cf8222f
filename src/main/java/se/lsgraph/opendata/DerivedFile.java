package se.lsgraph.opendata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;

/**
 * A committed derived file: the graph as N-Triples, one triple a line, sorted, under a header
 * comment. Sorting makes the bytes depend only on the triples, so a re-import can be compared
 * with the committed file exactly and a change shows as a readable diff.
 */
final class DerivedFile {
    private DerivedFile() {}

    static byte[] bytes(Graph graph, String header) {
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.write(nt, graph, Lang.NTRIPLES);
        List<String> lines = new ArrayList<>(List.of(nt.toString(StandardCharsets.UTF_8).split("\n")));
        lines.removeIf(String::isBlank);
        lines.sort(null);
        StringBuilder out = new StringBuilder();
        for (String h : header.split("\n"))
            out.append("# ").append(h).append('\n');
        for (String line : lines)
            out.append(line).append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Graph parse(byte[] bytes) {
        return RDFParser.fromString(new String(bytes, StandardCharsets.UTF_8), Lang.NTRIPLES).toGraph();
    }
}
