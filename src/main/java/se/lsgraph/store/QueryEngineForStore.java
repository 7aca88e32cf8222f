package se.lsgraph.store;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.QueryEngineTDB;

/**
 * Lets queries on a {@link RecoveringDatasetGraph} run on TDB2's own query engine (with its
 * union-default-graph support and index-aware planning) instead of the general ARQ engine,
 * which is what a wrapped dataset would otherwise get. Its plans report an error that follows a
 * cancel as the cancel ({@link CancelReportingPlan}).
 */
final class QueryEngineForStore implements QueryEngineFactory {
    private static volatile boolean registered;

    static synchronized void register() {
        if (registered)
            return;
        QueryEngineRegistry.addFactory(new QueryEngineForStore());
        registered = true;
    }

    private static QueryEngineFactory tdb() {
        return QueryEngineTDB.getFactory();
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return dataset instanceof RecoveringDatasetGraph;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding inputBinding, Context context) {
        return CancelReportingPlan.of(tdb().create(query, ((RecoveringDatasetGraph) dataset).tdb(), inputBinding, context), context);
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return dataset instanceof RecoveringDatasetGraph;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
        return CancelReportingPlan.of(tdb().create(op, ((RecoveringDatasetGraph) dataset).tdb(), inputBinding, context), context);
    }
}
