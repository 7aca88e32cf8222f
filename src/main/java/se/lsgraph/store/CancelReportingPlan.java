package se.lsgraph.store;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A query plan whose failures after its execution was cancelled (the timeout, the overdue-query
 * clock, the heap watchdog, a client's abort) are reported as the cancellation they follow from.
 * <p>
 * Why: in Jena 5.6.0 a hash join cancelled before it read its first row fails with a
 * NullPointerException ("this.hashTable is null", apache/jena#3516) instead of a
 * QueryCancelledException, so a query stopped at its timeout reached the client as an internal
 * error (HTTP 500, or a stack trace on the command line) rather than as "timed out". An error raised
 * after the cancel signal was set is a consequence of the stop, whatever its type, so it is turned
 * into the cancellation; before the signal, every error passes unchanged.
 */
final class CancelReportingPlan implements Plan {
    private static final Logger LOG = LoggerFactory.getLogger(CancelReportingPlan.class);

    private final Plan plan;
    private final AtomicBoolean cancelSignal;

    private CancelReportingPlan(Plan plan, AtomicBoolean cancelSignal) {
        this.plan = plan;
        this.cancelSignal = cancelSignal;
    }

    /** The plan as it is if the execution has no cancel signal (nothing can cancel it), else wrapped. */
    static Plan of(Plan plan, Context executionContext) {
        AtomicBoolean signal = executionContext == null ? null : Context.getCancelSignal(executionContext);
        return signal == null ? plan : new CancelReportingPlan(plan, signal);
    }

    @Override
    public QueryIterator iterator() {
        return new Iterator(plan.iterator());
    }

    @Override
    public Op getOp() {
        return plan.getOp();
    }

    @Override
    public void close() {
        plan.close();
    }

    @Override
    public void output(IndentedWriter out, SerializationContext sCxt) {
        plan.output(out, sCxt);
    }

    @Override
    public String toString(PrefixMapping pmap) {
        return plan.toString(pmap);
    }

    @Override
    public void output(IndentedWriter out) {
        plan.output(out);
    }

    @Override
    public String toString() {
        return plan.toString();
    }

    private RuntimeException afterCancel(RuntimeException e) {
        if (e instanceof QueryCancelledException || !cancelSignal.get())
            return e;
        LOG.debug("Error after the query was cancelled, reported as the cancellation", e);
        QueryCancelledException cancelled = new QueryCancelledException();
        cancelled.addSuppressed(e);
        return cancelled;
    }

    /** The plan's iterator, reporting what follows a cancel as the cancel. */
    private final class Iterator extends QueryIteratorWrapper {
        Iterator(QueryIterator iterator) {
            super(iterator);
        }

        @Override
        protected boolean hasNextBinding() {
            return reported(super::hasNextBinding);
        }

        @Override
        protected Binding moveToNextBinding() {
            return reported(super::moveToNextBinding);
        }

        private <T> T reported(java.util.function.Supplier<T> step) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                throw afterCancel(e);
            }
        }

        /** Closing a cancelled plan must not fail: the cancellation is already on its way to the caller. */
        @Override
        protected void closeIterator() {
            try {
                super.closeIterator();
            } catch (RuntimeException e) {
                RuntimeException reported = afterCancel(e);
                if (!(reported instanceof QueryCancelledException))
                    throw reported;
            }
        }
    }
}
