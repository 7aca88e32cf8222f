package se.lsgraph.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Fully parsed input waiting to be validated and committed: the new content of each named graph
 * and the files it came from. Nothing here touches the store.
 */
public final class StagedGraphs {
    private final Map<Node, Graph> graphs = new LinkedHashMap<>();
    private final Map<Node, List<LoadedFile>> files = new LinkedHashMap<>();
    private final Map<Node, Mapping> mappings = new LinkedHashMap<>();

    /** The graph that will replace the named graph, created empty on first use. */
    public Graph graph(Node name) {
        return graphs.computeIfAbsent(name, n -> GraphFactory.createDefaultGraph());
    }

    public void addFile(Node graph, LoadedFile file) {
        graph(graph);
        files.computeIfAbsent(graph, n -> new ArrayList<>()).add(file);
    }

    public void setMapping(Node graph, Mapping mapping) {
        mappings.put(graph, mapping);
    }

    public Map<Node, Graph> graphs() {
        return graphs;
    }

    public List<LoadedFile> filesOf(Node graph) {
        return files.getOrDefault(graph, List.of());
    }

    public Mapping mappingOf(Node graph) {
        return mappings.get(graph);
    }

}
