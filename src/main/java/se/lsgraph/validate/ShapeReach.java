package se.lsgraph.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintComponentSPARQL;
import org.apache.jena.shacl.engine.constraint.ConstraintOp1;
import org.apache.jena.shacl.engine.constraint.ConstraintOpN;
import org.apache.jena.shacl.engine.constraint.JLogConstraint;
import org.apache.jena.shacl.engine.constraint.JViolationConstraint;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

/**
 * How far from a focus node the shapes look, which decides whether a change can be validated by
 * checking only the nodes it touches.
 * <p>
 * When every property path is one predicate (or alternatives of predicates), no property shape
 * nests further property shapes, and no constraint runs SPARQL, a focus node's result depends only
 * on its own triples, on the triples that point at it ({@code sh:targetObjectsOf}) and on the
 * classes of its values ({@code sh:class}). Then the nodes to re-check after a change are the
 * subjects of the changed triples, their objects where the predicate is a target
 * ({@link #targetObjectsOfPredicates()}), and the resources that reach a changed subject through a
 * predicate whose values are class-checked ({@link #classCheckedPredicates()}).
 * Shapes that look further make {@link #isLocal()} false; they are listed by {@link #farReachingShapes()},
 * and after a change all their focus nodes are validated against them (the other shapes still need
 * only the touched nodes).
 */
public final class ShapeReach {
    private final Set<Node> classCheckedPredicates = new HashSet<>();
    private final Set<Node> targetObjectsOf = new HashSet<>();
    /** Shapes already judged (true while being judged, so a cycle counts as local), with their verdict. */
    private final Map<Shape, Boolean> judged = new IdentityHashMap<>();
    private final List<Shape> farReaching = new ArrayList<>();

    public ShapeReach(Shapes shapes) {
        for (Shape shape : shapes.getTargetShapes()) {
            if (!focusLocal(shape))
                farReaching.add(shape);
            for (Target t : shape.getTargets())
                if (t.getTargetType() == TargetType.targetObjectsOf)
                    targetObjectsOf.add(t.getObject());
        }
    }

    /** True if validating the nodes a change touches gives the same verdict as validating everything. */
    public boolean isLocal() {
        return farReaching.isEmpty();
    }

    /**
     * The target shapes that look further than one step (SPARQL constraints, paths of several steps):
     * after a change, every focus node of these is validated against them, as a full validation
     * would; the touched nodes suffice for all the other shapes.
     */
    public List<Shape> farReachingShapes() {
        return farReaching;
    }

    /** Predicates whose values' rdf:type a shape checks: a type change reaches back along them. */
    public Set<Node> classCheckedPredicates() {
        return classCheckedPredicates;
    }

    /** Predicates whose objects are focus nodes ({@code sh:targetObjectsOf}): a new such triple makes its object one. */
    public Set<Node> targetObjectsOfPredicates() {
        return targetObjectsOf;
    }

    /** A shape applied to the focus node itself. */
    private boolean focusLocal(Shape shape) {
        Boolean known = judged.putIfAbsent(shape, true);
        if (known != null)
            return known;
        boolean ok = judgeFocusLocal(shape);
        judged.put(shape, ok);
        return ok;
    }

    private boolean judgeFocusLocal(Shape shape) {
        boolean ok = true;
        for (Constraint c : shape.getConstraints()) {
            if (isOpaque(c))
                return false;
            for (Shape nested : nestedShapes(c))
                ok &= focusLocal(nested);
        }
        for (PropertyShape p : shape.getPropertyShapes())
            ok &= propertyLocal(p);
        return ok;
    }

    /** A property shape: one hop to its values, whose own triples only their class may be read from. */
    private boolean propertyLocal(PropertyShape shape) {
        Set<Node> predicates = predicatesOf(shape.getPath());
        if (predicates == null || !shape.getPropertyShapes().isEmpty())
            return false;
        for (Constraint c : shape.getConstraints()) {
            if (isOpaque(c))
                return false;
            if (c instanceof ClassConstraint)
                classCheckedPredicates.addAll(predicates);
            for (Shape nested : nestedShapes(c)) {
                if (!valueLocal(nested))
                    return false;
                if (readsClass(nested))
                    classCheckedPredicates.addAll(predicates);
            }
        }
        return true;
    }

    /** A shape applied to a value: only value-level constraints, no paths of its own. */
    private boolean valueLocal(Shape shape) {
        if (!shape.getPropertyShapes().isEmpty() || shape.isPropertyShape())
            return false;
        for (Constraint c : shape.getConstraints()) {
            if (isOpaque(c))
                return false;
            for (Shape nested : nestedShapes(c))
                if (nested == shape || !valueLocal(nested))
                    return false;
        }
        return true;
    }

    private static boolean readsClass(Shape shape) {
        for (Constraint c : shape.getConstraints()) {
            if (c instanceof ClassConstraint)
                return true;
            for (Shape nested : nestedShapes(c))
                if (nested != shape && readsClass(nested))
                    return true;
        }
        return false;
    }

    private static boolean isOpaque(Constraint c) {
        return c instanceof SparqlConstraint || c instanceof ConstraintComponentSPARQL
                || c instanceof JLogConstraint || c instanceof JViolationConstraint;
    }

    private static Collection<Shape> nestedShapes(Constraint c) {
        if (c instanceof ConstraintOp1 one)
            return java.util.List.of(one.getOther());
        if (c instanceof ConstraintOpN many)
            return many.getOthers();
        if (c instanceof QualifiedValueShape q)
            return java.util.List.of(q.getSub());
        return java.util.List.of();
    }

    /** The predicates of a path of one step (or of alternatives of single steps); null for any other path. */
    private static Set<Node> predicatesOf(Path path) {
        if (path instanceof P_Link link)
            return Set.of(link.getNode());
        if (path instanceof P_Alt alt) {
            Set<Node> left = predicatesOf(alt.getLeft());
            Set<Node> right = predicatesOf(alt.getRight());
            if (left == null || right == null)
                return null;
            Set<Node> both = new HashSet<>(left);
            both.addAll(right);
            return both;
        }
        return null;
    }
}
