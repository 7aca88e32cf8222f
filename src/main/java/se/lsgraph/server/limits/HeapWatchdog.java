package se.lsgraph.server.limits;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Stops the longest-running query when the heap stays full after a garbage collection. An ORDER BY
 * or GROUP BY over a cartesian product keeps every row until its input ends and fills the heap well
 * within the timeout; live data grows past the limit only then, since after a collection only what
 * is still referenced counts. One query is stopped per collection that ends above the limit, so a
 * second offender follows at a later collection; right after a stop, a full collection first shows
 * whether the heap is still full ({@link FullHeapVerdict}).
 */
public final class HeapWatchdog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeapWatchdog.class);

    private final RunningQueries running;
    private final long limitBytes;
    private final int limitPercent;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::afterCollection;
    private final FullHeapVerdict verdict;

    private HeapWatchdog(RunningQueries running, int limitPercent) {
        this.running = running;
        this.limitPercent = limitPercent;
        this.limitBytes = Runtime.getRuntime().maxMemory() / 100 * limitPercent;
        this.verdict = new FullHeapVerdict(limitBytes);
    }

    /** Watches every collector of this JVM; stops queries when live heap passes limitPercent of the maximum. */
    public static HeapWatchdog start(RunningQueries running, int limitPercent) {
        if (limitPercent < 10 || limitPercent > 95)
            throw new IllegalArgumentException("The memory limit must be 10-95 % of the heap, not " + limitPercent);
        HeapWatchdog watchdog = new HeapWatchdog(running, limitPercent);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans())
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(watchdog.listener, null, null);
                watchdog.emitters.add(emitter);
            }
        return watchdog;
    }

    int limitPercent() {
        return limitPercent;
    }

    private void afterCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType()))
            return;
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long live = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
        switch (verdict.after(live, info.getGcAction().contains("major"))) {
            case STOP -> {
                if (running.stopOldest()) {
                    verdict.stopped();
                    LOG.warn("Heap at {} MiB after {} (limit {} % = {} MiB): stopped the longest-running query",
                            live >> 20, info.getGcName(), limitPercent, limitBytes >> 20);
                }
            }
            case COLLECT_ALL -> collectWholeHeap();
            case NOTHING -> { }
        }
    }

    /** In its own thread: the notification comes on a JVM service thread, which must not wait for a full collection. */
    private static void collectWholeHeap() {
        Thread t = new Thread(System::gc, "lsgraph-heap-check");
        t.setDaemon(true);
        t.start();
    }

    /** The heap pools' usage after the collection (the non-heap pools, code cache and metaspace, are not the queries'). */
    private static long heapUsed(Map<String, MemoryUsage> afterByPool) {
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == java.lang.management.MemoryType.HEAP && afterByPool.containsKey(pool.getName()))
                used += afterByPool.get(pool.getName()).getUsed();
        return used;
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException alreadyGone) {
                // nothing to remove
            }
        }
    }
}
