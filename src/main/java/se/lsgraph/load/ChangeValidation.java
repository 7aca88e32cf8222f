package se.lsgraph.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import se.lsgraph.validate.FocusNodeValidation;
import se.lsgraph.validate.GraphValidation;
import se.lsgraph.validate.ShapesValidator;
import se.lsgraph.vocab.Ids;

/**
 * Validates, inside the write transaction that made it, a change that replaced some named graphs:
 * only the nodes the change touches, against the store as it now is (see
 * {@link se.lsgraph.validate.ShapeReach} for why that is enough), and every focus node of the few
 * shapes that look further (SPARQL constraints); the whole store only when the class hierarchy
 * changed. Throws {@link ValidationFailedException}, which
 * aborts the transaction.
 */
final class ChangeValidation {
    private ChangeValidation() {}

    static void validate(DatasetGraph dsg, GraphValidation validation, Set<Node> replaced, RemovedNodes removed,
                         boolean classesChanged, PrintStream progressOut) {
        FocusNodeValidation focus = classesChanged ? null : validation.focusNodes(dsg, Set.of(Ids.PROVENANCE_GRAPH));
        List<ShapesValidator.Violation> violations;
        if (focus == null) {
            violations = validation.validate(Map.of(), dsg, Loader.graphsExceptProvenance(dsg));
        } else {
            Progress progress = new Progress(progressOut, "validate");
            for (Node g : replaced)
                checkContent(dsg, g, focus, progress);
            removed.forEach(focus::subject);
            focus.farReachingShapes();
            progress.done();
            violations = focus.violations();
        }
        if (!violations.isEmpty())
            throw new ValidationFailedException(violations);
    }

    /** The graph's new content in index order (subject by subject): each subject, and each object. */
    private static void checkContent(DatasetGraph dsg, Node g, FocusNodeValidation focus, Progress progress) {
        Node last = null;
        var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext() && !focus.full()) {
            Quad q = it.next();
            if (!q.getSubject().equals(last)) {
                last = q.getSubject();
                focus.subject(last);
            }
            focus.object(q.getPredicate(), q.getObject());
            progress.tick();
        }
    }
}
