package se.lsgraph.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphUnionRead;

import se.lsgraph.vocab.Ids;

/**
 * Validates new graphs in the context they will live in: together with the graphs already in
 * the store that they do not replace, and with the ontology (needed for subclass-aware targets).
 */
public final class GraphValidation {
    private final ShapesValidator shapes;
    private final Graph ontology;

    /**
     * @param shapes   the SHACL shapes
     * @param ontology the ontology to validate against when neither the new graphs nor the store hold one
     */
    public GraphValidation(ShapesValidator shapes, Graph ontology) {
        this.shapes = shapes;
        this.ontology = ontology;
    }

    public ShapesValidator shapes() {
        return shapes;
    }

    /** Must be called inside a read transaction on {@code store}. */
    public List<ShapesValidator.Violation> validate(Map<Node, Graph> staged, DatasetGraph store, List<Node> kept) {
        List<Graph> parts = new ArrayList<>(staged.values());
        parts.sort(Comparator.comparingInt(Graph::size).reversed());
        if (!kept.isEmpty())
            parts.add(new GraphUnionRead(store, kept));
        if (!staged.containsKey(Ids.ONTOLOGY_GRAPH) && !kept.contains(Ids.ONTOLOGY_GRAPH))
            parts.add(ontology);
        return shapes.validate(union(parts));
    }

    /**
     * A validation of a change made inside the current write transaction of {@code store}, node by
     * node against the store as it now is (without the {@code excluded} graphs), with every focus
     * node of the shapes that look further than one step (see {@link ShapeReach#farReachingShapes()}).
     */
    public FocusNodeValidation focusNodes(DatasetGraph store, Set<Node> excluded) {
        boolean storeHasOntology = store.containsGraph(Ids.ONTOLOGY_GRAPH);
        StoreView view = new StoreView(store, excluded, storeHasOntology ? null : ontology);
        Graph data = storeHasOntology ? view : new Union(view, ontology);
        return new FocusNodeValidation(shapes, data, view, store, excluded);
    }

    /** Validates one graph on its own, with the ontology. */
    public List<ShapesValidator.Violation> validate(Graph data) {
        return shapes.validate(union(List.of(data, ontology)));
    }

    /**
     * A read-only union that stays fast when the first part is large: nested two-graph unions,
     * so duplicates are dropped by lookups in the left part rather than by a set of every triple
     * seen (as MultiUnion does). Callers put the largest part first.
     */
    private static Graph union(List<Graph> parts) {
        Graph union = parts.get(0);
        for (int i = 1; i < parts.size(); i++)
            union = new Union(union, parts.get(i));
        return union;
    }
}
