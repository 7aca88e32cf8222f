package se.lsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The known TDB2 trap of Jena 5.6.0: abort a write transaction that added new nodes, then in a
 * later write transaction read before writing. Without a reconnect after the abort, every later
 * read fails with "NodeTableTRDF/Read ... Unrecognized type 0". Through our store it must not.
 */
class AbortedWriteTest {
    private static final Node G = NodeFactory.createURI("https://w3id.org/lsgraph/graph/test");

    @TempDir
    Path dir;

    @Test
    void dataSurvivesAnAbortedWriteFollowedByAReadingWrite() {
        try (GraphStore store = GraphStore.open(dir)) {
            store.write(dsg -> {
                for (int i = 0; i < 100; i++)
                    dsg.add(quad("<https://example.test/s" + i + "> <https://example.test/p> \"value " + i + "\""));
            });
            List<Quad> before = allQuads(store);

            StoreException aborted = assertThrows(StoreException.class, () -> store.write(dsg -> {
                for (int i = 0; i < 500; i++)
                    dsg.add(quad("<https://example.test/new" + i + "> <https://example.test/p> \"new node " + i + "\""));
                throw new IllegalStateException("failure in the middle of a write");
            }));
            assertTrue(aborted.getMessage().contains("nothing was changed"), aborted.getMessage());
            assertEquals(1, store.reconnectsAfterAbort(), "the abort must be followed by a reconnect");

            // The next write reads before it writes: the pattern that corrupts the node table.
            store.write(dsg -> {
                long n = dsg.stream().count();
                dsg.add(quad("<https://example.test/after> <https://example.test/count> \"" + n + "\""));
            });

            List<Quad> after = allQuads(store);
            assertEquals(before.size() + 1, after.size());
            assertTrue(after.containsAll(before));
            assertTrue(after.contains(quad("<https://example.test/after> <https://example.test/count> \"100\"")));
        }
        // And after a restart the database reads back whole.
        try (GraphStore reopened = GraphStore.open(dir)) {
            assertEquals(101, allQuads(reopened).size());
        }
    }

    @Test
    void readersRunningDuringAbortsAndReconnectsSeeNoErrors() throws Exception {
        try (GraphStore store = GraphStore.open(dir)) {
            store.write(dsg -> dsg.add(quad("<https://example.test/s> <https://example.test/p> \"kept\"")));
            java.util.concurrent.atomic.AtomicReference<Throwable> readerError = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        store.read(dsg -> dsg.stream().count());
                        reads.incrementAndGet();
                    } catch (Throwable t) {
                        readerError.compareAndSet(null, t);
                    }
                }
            });
            reader.start();
            for (int round = 0; round < 5; round++) {
                int r = round;
                assertThrows(StoreException.class, () -> store.write(dsg -> {
                    dsg.add(quad("<https://example.test/aborted" + r + "> <https://example.test/p> \"new " + r + "\""));
                    throw new IllegalStateException("abort " + r);
                }));
                store.write(dsg -> dsg.add(quad("<https://example.test/kept" + r + "> <https://example.test/p> \"kept " + r + "\"")));
            }
            stop.set(true);
            reader.join();
            assertEquals(null, readerError.get(), "readers must never see a closed connection");
            assertTrue(reads.get() > 0, "the reader ran");
            assertEquals(5, store.reconnectsAfterAbort());
            assertEquals(6, allQuads(store).size());
        }
    }

    /**
     * A write after a failed one must wait for a long reader to leave the old connection; the reads
     * that start meanwhile must not wait behind it (issue 15: a failed update plus one long read
     * blocked every read until the long read ended).
     */
    @Test
    void readsGoOnWhileAWriteWaitsForALongReaderToReconnect() throws Exception {
        try (GraphStore store = GraphStore.open(dir)) {
            store.write(dsg -> dsg.add(quad("<https://example.test/s> <https://example.test/p> \"kept\"")));
            var longReadStarted = new java.util.concurrent.CountDownLatch(1);
            var endLongRead = new java.util.concurrent.CountDownLatch(1);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
            try {
                var longRead = pool.submit(() -> store.read(dsg -> {
                    longReadStarted.countDown();
                    await(endLongRead);
                    return dsg.stream().count();
                }));
                longReadStarted.await();
                assertThrows(StoreException.class, () -> store.write(dsg -> {
                    dsg.add(quad("<https://example.test/aborted> <https://example.test/p> \"new\""));
                    throw new IllegalStateException("a failed update");
                }));
                Thread[] writerThread = new Thread[1];
                var write = pool.submit(() -> {
                    writerThread[0] = Thread.currentThread();
                    store.write(dsg -> dsg.add(quad("<https://example.test/after> <https://example.test/p> \"written\"")));
                });
                awaitWaiting(writerThread);
                for (int i = 0; i < 20; i++) {
                    var read = pool.submit(() -> store.read(dsg -> dsg.stream().count()));
                    assertEquals(1L, read.get(10, java.util.concurrent.TimeUnit.SECONDS), "a read while the write waits");
                }
                assertTrue(!write.isDone(), "the write waits for the long reader");
                endLongRead.countDown();
                assertEquals(1L, longRead.get(10, java.util.concurrent.TimeUnit.SECONDS));
                write.get(10, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(1, store.reconnectsAfterAbort());
                assertEquals(2, allQuads(store).size());
            } finally {
                endLongRead.countDown();
                pool.shutdownNow();
            }
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Until the writer is parked waiting for the connection (bounded: ten seconds). */
    private static void awaitWaiting(Thread[] writer) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Thread t = writer[0];
            if (t != null && (t.getState() == Thread.State.TIMED_WAITING || t.getState() == Thread.State.WAITING))
                return;
            Thread.onSpinWait();
            Thread.yield();
        }
        throw new AssertionError("the writer never waited");
    }

    private static Quad quad(String triple) {
        var t = SSE.parseTriple("(" + triple + ")");
        return Quad.create(G, t);
    }

    private static List<Quad> allQuads(GraphStore store) {
        return store.read(dsg -> {
            List<Quad> quads = new ArrayList<>();
            dsg.find().forEachRemaining(quads::add);
            return quads;
        });
    }
}
