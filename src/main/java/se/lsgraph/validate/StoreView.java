package se.lsgraph.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The union of a store's named graphs except some (the provenance graph), read-only, as SHACL
 * sees the data while a change is validated node by node. Each lookup is one index lookup over all
 * graphs (not one per graph). SHACL asks the same class questions for every node (is it of this
 * class or of one of its subclasses, for every targeted class), so the class hierarchy is held in
 * memory and each node's types are fetched once; both are fixed while a validation runs.
 */
final class StoreView extends GraphBase {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUBCLASS = RDFS.subClassOf.asNode();
    private static final int TYPES_CACHED = 10_000;

    private final DatasetGraph dsg;
    private final Set<Node> excluded;
    private final Graph hierarchy = GraphFactory.createDefaultGraph();
    /** The triples of the nodes being validated now (see {@link #prefetch}), by subject. */
    private final Map<Node, List<Triple>> prefetched = new HashMap<>();
    private final Map<Node, List<Node>> types = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Node, List<Node>> eldest) {
            return size() > TYPES_CACHED;
        }
    };

    /** @param ontology added to the store's own class hierarchy (null if the store holds the ontology) */
    StoreView(DatasetGraph dsg, Set<Node> excluded, Graph ontology) {
        this.dsg = dsg;
        this.excluded = excluded;
        stored(Node.ANY, SUBCLASS, Node.ANY).forEachRemaining(hierarchy::add);
        if (ontology != null)
            ontology.find(Node.ANY, SUBCLASS, Node.ANY).forEachRemaining(hierarchy::add);
    }

    /**
     * Reads all the triples of these subjects at once, so that SHACL's many questions about a
     * focus node (its types, each property path, each targeted predicate) are answered from
     * memory instead of by one index lookup each; held until the next call.
     */
    void prefetch(Collection<Node> subjects) {
        prefetched.clear();
        for (Node s : subjects) {
            List<Triple> triples = new ArrayList<>();
            stored(s, Node.ANY, Node.ANY).forEachRemaining(triples::add);
            prefetched.put(s, triples);
        }
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node p = pattern.getPredicate();
        if (SUBCLASS.equals(p))
            return hierarchy.find(pattern);
        Node s = pattern.getSubject();
        List<Triple> ofSubject = s.isConcrete() ? prefetched.get(s) : null;
        if (ofSubject != null)
            return WrappedIterator.create(ofSubject.stream().filter(pattern::matches).iterator());
        if (TYPE.equals(p) && s.isConcrete()) {
            Node o = pattern.getObject();
            List<Node> classes = types.computeIfAbsent(s, this::typesOf);
            return WrappedIterator.create(classes.stream().filter(c -> !o.isConcrete() || c.equals(o))
                    .map(c -> Triple.create(s, TYPE, c)).iterator());
        }
        return WrappedIterator.create(stored(s, p, pattern.getObject()));
    }

    private List<Node> typesOf(Node s) {
        List<Node> classes = new ArrayList<>();
        List<Triple> ofSubject = prefetched.get(s);
        (ofSubject != null ? ofSubject.stream().filter(t -> TYPE.equals(t.getPredicate())).iterator()
                : stored(s, TYPE, Node.ANY)).forEachRemaining(t -> classes.add(t.getObject()));
        return classes;
    }

    private Iterator<Triple> stored(Node s, Node p, Node o) {
        var quads = dsg.find(Node.ANY, s, p, o);
        return Iter.iter(quads).filter(q -> !excluded.contains(q.getGraph())).map(Quad::asTriple).distinct();
    }

    @Override
    public void performAdd(Triple t) {
        throw new UnsupportedOperationException("read-only view of the store");
    }

    @Override
    public void performDelete(Triple t) {
        throw new UnsupportedOperationException("read-only view of the store");
    }
}
