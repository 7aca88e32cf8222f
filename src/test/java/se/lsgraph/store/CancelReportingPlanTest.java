package se.lsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpNull;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanOp;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIteratorBase;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * Errors after a cancel are reported as the cancel; errors before it pass unchanged. The inner
 * iterator fails the way Jena 5.6.0's hash join does when it is closed before its first row
 * (apache/jena#3516): a NullPointerException from close().
 */
class CancelReportingPlanTest {
    private final AtomicBoolean signal = new AtomicBoolean();

    @Test
    void aFailingCloseAfterTheCancelEndsAsTheCancellation() {
        QueryIterator it = wrapped(new FailingIterator(signal, false, true)).iterator();
        signal.set(true);
        // the inner iterator sees the signal on its next row and closes itself, which fails
        QueryCancelledException e = assertThrows(QueryCancelledException.class, it::nextBinding);
        assertEquals(1, e.getSuppressed().length, "the error is kept as the cancellation's suppressed cause");
        assertInstanceOf(NullPointerException.class, e.getSuppressed()[0]);
        it.close(); // closing the cancelled plan is quiet although the inner close fails again
    }

    @Test
    void aFailingReadAfterTheCancelEndsAsTheCancellationAndKeepsTheCause() {
        QueryIterator it = wrapped(new FailingIterator(signal, true, false)).iterator();
        signal.set(true);
        // the wrapper itself has not seen the signal yet when hasNext asks the inner iterator
        QueryCancelledException e = assertThrows(QueryCancelledException.class, it::hasNext);
        assertEquals(1, e.getSuppressed().length);
        assertInstanceOf(NullPointerException.class, e.getSuppressed()[0]);
    }

    @Test
    void errorsBeforeAnyCancelPassUnchanged() {
        QueryIterator reading = wrapped(new FailingIterator(signal, true, false)).iterator();
        assertThrows(NullPointerException.class, reading::hasNext);
        QueryIterator closing = wrapped(new FailingIterator(signal, false, true)).iterator();
        assertTrue(closing.hasNext());
        assertThrows(NullPointerException.class, closing::close);
        assertFalse(signal.get());
    }

    @Test
    void anExecutionWithoutACancelSignalKeepsItsPlan() {
        Plan plan = plan(new FailingIterator(signal, false, false));
        assertSame(plan, CancelReportingPlan.of(plan, new Context()));
        assertSame(plan, CancelReportingPlan.of(plan, null));
    }

    private Plan wrapped(QueryIterator inner) {
        Context context = new Context();
        context.set(org.apache.jena.sparql.ARQConstants.symCancelQuery, signal);
        Plan plan = CancelReportingPlan.of(plan(inner), context);
        assertInstanceOf(CancelReportingPlan.class, plan);
        return plan;
    }

    private static Plan plan(QueryIterator inner) {
        return new PlanOp(OpNull.create(), null, inner);
    }

    /** One row; fails on reading it or on closing, as asked. */
    private static final class FailingIterator extends QueryIteratorBase {
        private final boolean failRead;
        private final boolean failClose;
        private boolean given;

        FailingIterator(AtomicBoolean cancelSignal, boolean failRead, boolean failClose) {
            super(cancelSignal);
            this.failRead = failRead;
            this.failClose = failClose;
        }

        @Override
        protected boolean hasNextBinding() {
            if (failRead)
                throw new NullPointerException("hash table not built");
            return !given;
        }

        @Override
        protected Binding moveToNextBinding() {
            given = true;
            return BindingFactory.empty();
        }

        @Override
        protected void closeIterator() {
            if (failClose)
                throw new NullPointerException("Cannot invoke \"MultiHashProbeTable.clear()\" because \"this.hashTable\" is null");
        }

        @Override
        protected void requestCancel() {}

        @Override
        public void output(org.apache.jena.atlas.io.IndentedWriter out, org.apache.jena.sparql.serializer.SerializationContext sCxt) {
            out.print("FailingIterator");
        }
    }
}
