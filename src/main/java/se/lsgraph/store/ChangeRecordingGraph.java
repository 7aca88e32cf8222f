package se.lsgraph.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * A graph of the store handed out during a write transaction: its triple operations (SPARQL
 * CLEAR and LOAD work on graphs, not quads) record the subjects they change, like the store's
 * quad operations do.
 */
final class ChangeRecordingGraph extends GraphWrapper {
    private final ChangedSubjects changes;

    ChangeRecordingGraph(Graph graph, ChangedSubjects changes) {
        super(graph);
        this.changes = changes;
    }

    @Override
    public void add(Triple t) {
        changes.add(t.getSubject());
        super.add(t);
    }

    @Override
    public void delete(Triple t) {
        changes.add(t.getSubject());
        super.delete(t);
    }

    @Override
    public void remove(Node s, Node p, Node o) {
        changes.addSubjectsOf(Iter.map(find(s, p, o), t -> Quad.create(Quad.defaultGraphIRI, t)));
        super.remove(s, p, o);
    }

    @Override
    public void clear() {
        changes.addSubjectsOf(Iter.map(find(), t -> Quad.create(Quad.defaultGraphIRI, t)));
        super.clear();
    }
}
