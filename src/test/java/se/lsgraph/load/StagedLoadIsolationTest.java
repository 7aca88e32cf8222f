package se.lsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.bench.SyntheticData;
import se.lsgraph.cli.Main;
import se.lsgraph.load.guard.InputLimits;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;
import se.lsgraph.vocab.Ids;

/**
 * What others see of a staged load ({@link BulkRdfLoad}) before its rename: a separate
 * {@code lsgraph load} JVM killed with SIGKILL mid-build leaves the store as it was, and a reader
 * during an in-process staged load sees the old graph or the new one, whole, never a mix.
 */
class StagedLoadIsolationTest {
    private static final Node GRAPH = Ids.graph("isolation");

    @TempDir
    Path dir;

    @Test
    void aLoadKilledBeforeTheRenameLeavesTheStoreAsItWas() throws IOException, InterruptedException {
        Path db = dir.resolve("db");
        Path small = dir.resolve("small.nt");
        long kept = SyntheticData.write(small, 500, "kept");
        Set<Quad> before;
        try (GraphStore store = GraphStore.open(db)) {
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
            new Loader(store, TestStores.validation(), null).loadRdf(List.of(small), GRAPH);
            before = TestStores.snapshot(store);
        }
        // Large enough that the build is still running when its staging folder appears.
        Path big = dir.resolve("big.nt");
        SyntheticData.write(big, 300_000, "killed");
        Path staging = db.resolve("lsgraph-staging");
        Process load = new ProcessBuilder(javaCommand("load", "--db", db.toString(), "--graph", GRAPH.getURI(),
                "--bulk-from-mib", "0", big.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(staging) && load.isAlive() && System.nanoTime() < deadline)
                Thread.sleep(20);
            assertTrue(Files.exists(staging), "the load started a staged build");
            assertTrue(load.isAlive(), "the load was still building when it was killed");
            load.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean-up
            assertTrue(load.waitFor(30, TimeUnit.SECONDS));
        } finally {
            load.destroyForcibly();
        }
        try (GraphStore reopened = GraphStore.open(db)) {
            assertEquals(before, TestStores.snapshot(reopened));
            assertEquals(kept, reopened.size(GRAPH));
            assertFalse(Files.exists(staging), "the next open removes the killed build");
        }
    }

    @Test
    void aReaderDuringAStagedSwapSeesTheOldOrTheNewGraphWhole() throws Exception {
        Path oldFile = dir.resolve("old.nt");
        Path newFile = dir.resolve("new.nt");
        long oldCount = SyntheticData.write(oldFile, 2_000, "old");
        long newCount = SyntheticData.write(newFile, 30_000, "new");
        Node oldDoc = NodeFactory.createURI("https://w3id.org/lsgraph/id/old/doc");
        Node newDoc = NodeFactory.createURI("https://w3id.org/lsgraph/id/new/doc");
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
            new Loader(store, TestStores.validation(), null).loadRdf(List.of(oldFile), GRAPH);

            AtomicBoolean done = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<String> seen = new ArrayList<>();
            Thread reader = new Thread(() -> {
                try {
                    while (!done.get()) {
                        String state = store.read(dsg -> {
                            long size = dsg.getGraph(GRAPH).size();
                            boolean hasOld = dsg.contains(GRAPH, oldDoc, RDF.Nodes.type, Node.ANY);
                            boolean hasNew = dsg.contains(GRAPH, newDoc, RDF.Nodes.type, Node.ANY);
                            if (size == oldCount && hasOld && !hasNew)
                                return "old";
                            if (size == newCount && hasNew && !hasOld)
                                return "new";
                            return "mix: " + size + " triples, old " + hasOld + ", new " + hasNew;
                        });
                        synchronized (seen) {
                            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(state))
                                seen.add(state);
                        }
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (seenCount(seen) == 0 && failure.get() == null && System.nanoTime() < deadline)
                Thread.sleep(5); // the reader has seen the old graph before the load begins
            try {
                new Loader(store, TestStores.validation(), null, new LoadOptions(false, InputLimits.DEFAULT, 0))
                        .loadRdf(List.of(newFile), GRAPH);
            } finally {
                done.set(true);
                reader.join(TimeUnit.SECONDS.toMillis(60));
            }
            assertFalse(reader.isAlive());
            assertEquals(null, failure.get(), () -> "the reader failed: " + failure.get());
            synchronized (seen) {
                // The first read came before the rename; any later ones show at most one switch.
                assertEquals("old", seen.get(0), seen.toString());
                assertTrue(seen.equals(List.of("old")) || seen.equals(List.of("old", "new")), seen.toString());
            }
            assertEquals(newCount, store.size(GRAPH));
        }
    }

    private static int seenCount(List<String> seen) {
        synchronized (seen) {
            return seen.size();
        }
    }

    /** This test JVM's java and class path, running lsgraph's command line. */
    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
