package se.lsgraph.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;

/**
 * Which shapes target a node, answered from the node's own types and triples. SHACL's own check
 * asks every target of every shape for every node, and works out a class's subclasses each time;
 * here the subclasses of every targeted class are worked out once per validation, so a node costs
 * one lookup of its types plus one per targeted predicate.
 */
final class TargetIndex {
    private final Graph data;
    private final Map<Node, List<Shape>> byClass = new HashMap<>();
    private final Map<Node, List<Shape>> bySubjectOf = new HashMap<>();
    private final Map<Node, List<Shape>> byObjectOf = new HashMap<>();
    private final Map<Node, List<Shape>> byNode = new HashMap<>();
    /** Targets answered only by SHACL itself (SPARQL-based targets). */
    private final Map<Target, Shape> others = new HashMap<>();

    /** @param data the graph validated, with the class hierarchy; fixed while the index is used */
    TargetIndex(Shapes shapes, Graph data) {
        this.data = data;
        for (Shape shape : shapes.getTargetShapes()) {
            if (shape.deactivated())
                continue;
            for (Target t : shape.getTargets())
                index(shape, t);
        }
    }

    private void index(Shape shape, Target t) {
        switch (t.getTargetType()) {
            case targetClass, implicitClass -> {
                for (Node c : G.listSubClasses(data, t.getObject()))
                    add(byClass, c, shape);
            }
            case targetSubjectsOf -> add(bySubjectOf, t.getObject(), shape);
            case targetObjectsOf -> add(byObjectOf, t.getObject(), shape);
            case targetNode -> add(byNode, t.getObject(), shape);
            default -> others.put(t, shape);
        }
    }

    private static void add(Map<Node, List<Shape>> map, Node key, Shape shape) {
        List<Shape> shapes = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!shapes.contains(shape))
            shapes.add(shape);
    }

    /** The shapes that have the node as a focus node, each once, in a stable order. */
    Set<Shape> shapesTargeting(Node node) {
        Set<Shape> found = new LinkedHashSet<>(byNode.getOrDefault(node, List.of()));
        data.find(node, RDF.type.asNode(), Node.ANY)
                .forEachRemaining(t -> found.addAll(byClass.getOrDefault(t.getObject(), List.of())));
        bySubjectOf.forEach((p, shapes) -> {
            if (data.contains(node, p, Node.ANY))
                found.addAll(shapes);
        });
        byObjectOf.forEach((p, shapes) -> {
            if (data.contains(Node.ANY, p, node))
                found.addAll(shapes);
        });
        others.forEach((target, shape) -> {
            if (VLib.isFocusNode(target, node, data))
                found.add(shape);
        });
        return found;
    }
}
