package se.lsgraph.validate;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.ReportConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.Path;

/**
 * {@code sh:qualifiedValueShape} with its counts, as Jena checks it, but without building an RDF
 * report for every value node it tries: Jena asks whether a value conforms by generating a whole
 * validation report (a graph, with a fresh blank node per entry) and reading its sh:conforms, which
 * was four fifths of this constraint's cost and a sixth of a 1M load's validation. A value conforms
 * exactly when its validation made no report entry, so that is what is asked here. Disjoint
 * qualified shapes (sibling checks) are left to Jena. Validation listeners are not told of the
 * counts (lsgraph validates without listeners).
 */
final class QualifiedCountWithoutReports extends QualifiedValueShape {
    private QualifiedCountWithoutReports(QualifiedValueShape original) {
        super(original.getSub(), original.qMin(), original.qMax(), original.qDisjoint());
    }

    /** Replaces, in every shape of {@code shapes}, each non-disjoint qualified value constraint. */
    static void install(Shapes shapes) {
        Deque<Shape> todo = new ArrayDeque<>(shapes.getShapeMap().values());
        Set<Shape> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Shape shape = todo.pop();
            if (!seen.add(shape))
                continue;
            todo.addAll(shape.getPropertyShapes());
            Collection<Constraint> constraints = shape.getConstraints();
            if (!(constraints instanceof List<Constraint> list))
                continue;
            for (ListIterator<Constraint> it = list.listIterator(); it.hasNext(); ) {
                Constraint c = it.next();
                if (c instanceof QualifiedValueShape q && !(c instanceof QualifiedCountWithoutReports)) {
                    todo.add(q.getSub());
                    if (!q.qDisjoint())
                        it.set(new QualifiedCountWithoutReports(q));
                }
            }
        }
    }

    @Override
    public void validatePropertyShape(ValidationContext vCxt, Graph data, Shape shape, Node focusNode, Path path,
                                      Set<Node> valueNodes) {
        int conforming = 0;
        for (Node v : valueNodes)
            if (conforms(vCxt, getSub(), v))
                conforming++;
        // The same entries, with the same messages, as Jena's QualifiedValueShape.
        if (qMin() >= 0 && qMin() > conforming)
            vCxt.reportEntry(this + ": Min = " + qMin() + " but got " + conforming + " validations", shape, focusNode,
                    path, null, new ReportConstraint(SHACL.QualifiedMinCountConstraintComponent));
        if (qMax() >= 0 && qMax() < conforming)
            vCxt.reportEntry(this + ": Max = " + qMax() + " but got " + conforming + " validations", shape, focusNode,
                    path, null, new ReportConstraint(SHACL.QualifiedMaxCountConstraintComponent));
    }

    private static boolean conforms(ValidationContext vCxt, Shape shape, Node v) {
        ValidationContext own = ValidationContext.create(vCxt);
        ValidationProc.execValidateShape(own, vCxt.getDataGraph(), shape, v);
        return !own.hasViolation();
    }
}
