package se.lsgraph.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Validates a change to the store by checking only the nodes it touches (see {@link ShapeReach}
 * for why that is enough), against the whole store as it is after the change. Memory is bounded:
 * a node is not checked twice while it is among the most recently checked ones, and collecting
 * stops at {@link #MAX_VIOLATIONS}.
 */
public final class FocusNodeValidation {
    static final int RECENT = 100_000;
    /** Nodes validated together in one SHACL validation context. */
    static final int BATCH = 2_000;
    public static final int MAX_VIOLATIONS = 1_000;

    private final ShapesValidator shapes;
    private final Graph data;
    private final StoreView view;
    private final DatasetGraph dsg;
    private final Set<Node> excluded;
    private final Set<Node> classChecked;
    private final Set<Node> objectTargets;
    private final Set<Node> recentlyChecked = recentSet();
    private final Set<Node> recentlyFollowedBack = recentSet();
    private final List<ShapesValidator.Violation> violations = new ArrayList<>();
    private final TargetIndex targets;
    private final List<Node> batch = new ArrayList<>();
    private long checked;

    /** @param data what SHACL sees: {@code view}, with the ontology when the store lacks it */
    FocusNodeValidation(ShapesValidator shapes, Graph data, StoreView view, DatasetGraph dsg, Set<Node> excluded) {
        this.shapes = shapes;
        this.data = data;
        this.view = view;
        this.dsg = dsg;
        this.excluded = excluded;
        this.classChecked = shapes.reach().classCheckedPredicates();
        this.objectTargets = shapes.reach().targetObjectsOfPredicates();
        this.targets = shapes.targets(data);
    }

    /** A node whose own triples changed: it, and the resources whose class checks reach it. */
    public void subject(Node node) {
        check(node);
        if (!recentlyFollowedBack.add(node))
            return;
        // One lookup by object, then the predicates filtered here: cheaper than one lookup per predicate.
        dsg.find(Node.ANY, Node.ANY, Node.ANY, node).forEachRemaining(q -> {
            if (classChecked.contains(q.getPredicate()) && !excluded.contains(q.getGraph()))
                check(q.getSubject());
        });
    }

    /** The object of a changed triple: a focus node if its predicate makes objects targets. */
    public void object(Node predicate, Node node) {
        if (objectTargets.contains(predicate))
            check(node);
    }



    /**
     * Validates every focus node in the store of the shapes that look further than one step from
     * their focus node, against those shapes: the touched nodes cannot tell what such a shape's
     * verdict depends on. Costs what those shapes' targets hold (follow-up plans and measures),
     * not what the store holds.
     */
    public void farReachingShapes() {
        flush();
        List<Shape> far = shapes.reach().farReachingShapes();
        if (!far.isEmpty() && !full())
            violations.addAll(shapes.validateTargetsOf(data, far));
    }

    private void check(Node node) {
        if (violations.size() >= MAX_VIOLATIONS || !recentlyChecked.add(node))
            return;
        checked++;
        batch.add(node);
        if (batch.size() >= BATCH)
            flush();
    }

    private void flush() {
        if (batch.isEmpty())
            return;
        view.prefetch(batch);
        violations.addAll(shapes.validateNodes(data, targets, batch));
        view.prefetch(List.of());
        batch.clear();
    }

    /** A set that forgets its least recently used members beyond {@link #RECENT}. */
    private static Set<Node> recentSet() {
        return Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Node, Boolean> eldest) {
                return size() > RECENT;
            }
        });
    }

    public long checked() {
        return checked;
    }

    public boolean full() {
        return violations.size() >= MAX_VIOLATIONS;
    }

    /** Each violation once (a touched node of a far-reaching shape is checked twice), sorted. */
    public List<ShapesValidator.Violation> violations() {
        flush();
        List<ShapesValidator.Violation> sorted = new ArrayList<>(new LinkedHashSet<>(violations));
        sorted.sort(Comparator.comparing(ShapesValidator.Violation::toString));
        return sorted;
    }
}
