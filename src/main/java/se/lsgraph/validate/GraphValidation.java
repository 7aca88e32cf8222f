package se.lsgraph.validate;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
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
        MultiUnion union = new MultiUnion();
        staged.values().forEach(union::addGraph);
        if (!kept.isEmpty())
            union.addGraph(new GraphUnionRead(store, kept));
        if (!staged.containsKey(Ids.ONTOLOGY_GRAPH) && !kept.contains(Ids.ONTOLOGY_GRAPH))
            union.addGraph(ontology);
        return shapes.validate(union);
    }

    /** Validates one graph on its own, with the ontology. */
    public List<ShapesValidator.Violation> validate(Graph data) {
        MultiUnion union = new MultiUnion();
        union.addGraph(data);
        union.addGraph(ontology);
        return shapes.validate(union);
    }
}
