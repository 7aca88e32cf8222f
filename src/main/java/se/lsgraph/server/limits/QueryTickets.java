package se.lsgraph.server.limits;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Ties every query on a dataset to the HTTP request running it ({@link RunningQueries}): ARQ
 * optimises each query once, in the request's thread, with the execution's cancel signal already in
 * its context, so the optimiser factory is where the signal can be picked up.
 */
public final class QueryTickets {
    private QueryTickets() {}

    /** Wraps the optimiser already set on the dataset (install after {@link BoundedRegexRewrite}). */
    public static void install(Context datasetContext) {
        RewriteFactory set = datasetContext.get(ARQConstants.sysOptimizerFactory);
        RewriteFactory inner = set != null ? set : Optimize.getFactory();
        RewriteFactory attaching = context -> {
            RunningQueries.attachToCurrent(Context.getCancelSignal(context));
            return inner.create(context);
        };
        datasetContext.set(ARQConstants.sysOptimizerFactory, attaching);
    }
}
