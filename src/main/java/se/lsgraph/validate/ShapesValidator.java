package se.lsgraph.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/** Validates data against the SHACL shapes of ontology/shapes/ and reports each violation readably. */
public final class ShapesValidator {
    private final Shapes shapes;
    private final ShapeReach reach;

    public ShapesValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        QualifiedCountWithoutReports.install(shapes);
        this.reach = new ShapeReach(shapes);
    }

    /** How far the shapes look from a focus node: decides whether checking touched nodes suffices. */
    public ShapeReach reach() {
        return reach;
    }

    /** Validates a data graph (which must include the ontology, for subclass-aware targets). */
    public List<Violation> validate(Graph data) {
        return violations(ShaclValidator.get().validate(shapes, data));
    }

    /** Validates one node of a data graph against every shape that targets it. */
    public List<Violation> validateNode(Graph data, Node node) {
        return violations(ShaclValidator.get().validate(shapes, data, node));
    }

    /** Which shapes target a node of {@code data}, for {@link #validateNodes}; {@code data} must not change while it is used. */
    TargetIndex targets(Graph data) {
        return new TargetIndex(shapes, data);
    }

    /**
     * Validates nodes of a data graph against every shape that targets them, in one validation
     * context: the same verdict as {@link #validateNode} for each, without SHACL asking every
     * shape's targets and building a report for every node.
     */
    List<Violation> validateNodes(Graph data, TargetIndex targets, Collection<Node> nodes) {
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Node node : nodes)
            for (Shape shape : targets.shapesTargeting(node))
                VLib.validateShape(context, data, shape, node);
        // A report graph costs more than the checks when nothing failed, as in nearly every batch.
        return context.hasViolation() ? violations(context.generateReport()) : List.of();
    }

    /**
     * Validates every focus node of the given shapes against them (and no other shape), in one
     * validation context: what a full validation does for those shapes.
     */
    public List<Violation> validateTargetsOf(Graph data, List<Shape> which) {
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Shape shape : which)
            for (Node focus : VLib.focusNodes(data, shape))
                VLib.validateShape(context, data, shape, focus);
        return violations(context.generateReport());
    }

    private static List<Violation> violations(ValidationReport report) {
        if (report.conforms())
            return List.of();
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries())
            if (e.severity() == Severity.Violation)
                violations.add(new Violation(name(e.source()), name(e.focusNode()),
                        e.resultPath() == null ? null : e.resultPath().toString(), e.message()));
        violations.sort(Comparator.comparing(Violation::toString));
        return violations;
    }

    private static String name(Node node) {
        if (node == null)
            return null;
        return node.isURI() ? node.getURI() : node.toString();
    }

    /** One violation: the shape, the resource (focus node), the path and the message. */
    public record Violation(String shape, String focus, String path, String message) {
        @Override
        public String toString() {
            return "shape " + shape + ": " + focus + (path == null ? "" : " " + path) + ": " + message;
        }
    }
}
