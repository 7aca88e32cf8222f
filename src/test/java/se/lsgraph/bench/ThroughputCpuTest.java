package se.lsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import se.lsgraph.bench.ThroughputCpu.Work;

/** bench throughput's CPU accounting: which thread is which work, and how ticks are counted between two readings. */
class ThroughputCpuTest {

    @Test
    void threadsAreToldByTheirNames() {
        assertEquals(Work.REQUESTS, Work.of("qtp1650813982-4"));
        assertEquals(Work.JIT, Work.of("C2 CompilerThre"));
        assertEquals(Work.JIT, Work.of("C1 CompilerThre"));
        assertEquals(Work.GC, Work.of("GC Thread#1"));
        assertEquals(Work.GC, Work.of("G1 Conc#0"));
        assertEquals(Work.OTHER, Work.of("main"));
        assertEquals(Work.OTHER, Work.of("lsgraph-finder-i"));
    }

    @Test
    void ticksSinceAReadingCountNewThreadsFromZeroAndGroupByWork() {
        ThroughputCpu.Threads before = new ThroughputCpu.Threads(Map.of(10L, 100L, 11L, 40L, 12L, 7L),
                Map.of(10L, Work.REQUESTS, 11L, Work.JIT, 12L, Work.GC));
        ThroughputCpu.Threads after = new ThroughputCpu.Threads(Map.of(10L, 130L, 11L, 45L, 12L, 7L, 13L, 20L),
                Map.of(10L, Work.REQUESTS, 11L, Work.JIT, 12L, Work.GC, 13L, Work.REQUESTS));
        assertEquals(Map.of(Work.REQUESTS, 50L, Work.JIT, 5L, Work.GC, 0L, Work.OTHER, 0L), after.since(before));
    }

    @Test
    void thisProcessIsReadFromProc() {
        long pid = ProcessHandle.current().pid();
        ThroughputCpu.Threads threads = ThroughputCpu.threads(pid);
        assertTrue(threads.work().containsValue(Work.OTHER), "the JVM's main thread is there: " + threads.work());
        assertTrue(ThroughputCpu.processTicks(pid) >= 0);
        assertEquals(-1, ThroughputCpu.processTicks(Long.MAX_VALUE));
        ThroughputCpu.Machine m = ThroughputCpu.machine();
        assertTrue(m.total() > m.busy() && m.busy() > 0, m.toString());
    }
}
