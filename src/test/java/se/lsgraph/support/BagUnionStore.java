package se.lsgraph.support;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;

import se.lsgraph.store.GraphStore;

/**
 * An in-memory copy of a store's quads that answers queries the way stores without a set-valued
 * union graph do (RDF4J, Oxigraph): the default graph is the union of the named graphs as a bag, so
 * a triple stated in two graphs matches a default-graph pattern twice. A query that means a set but
 * lacks DISTINCT returns duplicate rows here and not on TDB2's union graph.
 * <p>
 * How: every default-graph triple pattern becomes a pattern on a graph variable of its own (so each
 * graph holding the triple is one more solution). Property paths are evaluated on the set union
 * (their closure operators are set-valued in SPARQL 1.1 anyway).
 */
public final class BagUnionStore {
    private final DatasetGraph quads = DatasetGraphFactory.createTxnMem();

    private BagUnionStore() {}

    public static BagUnionStore copyOf(GraphStore store) {
        BagUnionStore copy = new BagUnionStore();
        store.read(dsg -> {
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                copy.quads.add(q);
                copy.quads.getDefaultGraph().add(q.asTriple());
            });
            return null;
        });
        return copy;
    }

    /** The rows of a SELECT query, in the order the query gives. */
    public List<Binding> select(Query query) {
        Op op = Algebra.toQuadForm(Algebra.compile(query));
        op = Transformer.transform(new EachTripleFromAnyGraph(), op);
        List<Binding> rows = new ArrayList<>();
        QueryIterator it = Algebra.exec(op, quads);
        try {
            it.forEachRemaining(b -> rows.add(BindingFactory.copy(b)));
        } finally {
            it.close();
        }
        return rows;
    }

    private static final class EachTripleFromAnyGraph extends TransformCopy {
        private int fresh;

        @Override
        public Op transform(OpQuadPattern pattern) {
            if (!pattern.isDefaultGraph())
                return pattern;
            OpSequence sequence = OpSequence.create();
            for (Quad q : pattern.getPattern()) {
                BasicPattern one = new BasicPattern();
                one.add(q.asTriple());
                sequence.add(new OpQuadPattern(Var.alloc("bag_graph_" + fresh++), one));
            }
            return sequence.size() == 1 ? sequence.get(0) : sequence;
        }
    }
}
