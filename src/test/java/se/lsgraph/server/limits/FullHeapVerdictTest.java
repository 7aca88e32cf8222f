package se.lsgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import se.lsgraph.server.limits.FullHeapVerdict.Action;

/** When the heap watchdog stops a query, and when it first asks for a full collection. */
class FullHeapVerdictTest {
    private static final long LIMIT = 100;
    private final FullHeapVerdict verdict = new FullHeapVerdict(LIMIT);

    @Test
    void belowTheLimitNothingHappens() {
        assertEquals(Action.NOTHING, verdict.after(LIMIT, false));
        assertEquals(Action.NOTHING, verdict.after(10, true));
    }

    @Test
    void theFirstFullHeapStopsAQueryAtOnce() {
        assertEquals(Action.STOP, verdict.after(LIMIT + 1, false));
    }

    @Test
    void afterAStopAYoungCollectionAboveTheLimitAsksForOneFullCollectionFirst() {
        assertEquals(Action.STOP, verdict.after(150, false));
        verdict.stopped();
        assertEquals(Action.COLLECT_ALL, verdict.after(150, false), "the stopped query's rows may still be counted");
        assertEquals(Action.NOTHING, verdict.after(150, false), "one full collection at a time");
        assertEquals(Action.NOTHING, verdict.after(40, true), "the full collection found the heap free: no stop");
        assertEquals(Action.STOP, verdict.after(150, false), "a new full heap after that is trusted again");
    }

    @Test
    void afterAStopAFullCollectionAboveTheLimitStopsTheNextQuery() {
        verdict.after(150, false);
        verdict.stopped();
        assertEquals(Action.COLLECT_ALL, verdict.after(150, false));
        assertEquals(Action.STOP, verdict.after(150, true), "the whole heap is still full: a second offender");
        verdict.stopped();
        assertEquals(Action.COLLECT_ALL, verdict.after(150, false), "and the same care after that stop");
    }

    @Test
    void aCollectionBelowTheLimitEndsTheCareAfterAStop() {
        verdict.after(150, false);
        verdict.stopped();
        assertEquals(Action.NOTHING, verdict.after(60, false), "a mixed collection freed the stopped query's rows");
        assertEquals(Action.STOP, verdict.after(150, false));
    }

    @Test
    void aStopThatFoundNoQueryLeavesTheNextFullHeapTrusted() {
        assertEquals(Action.STOP, verdict.after(150, false));
        // no query was running long enough to stop: stopped() is not called
        assertEquals(Action.STOP, verdict.after(150, false));
    }
}
