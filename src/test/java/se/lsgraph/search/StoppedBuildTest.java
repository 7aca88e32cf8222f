package se.lsgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * A build asked to stop (the server is stopping) ends at its next check with its own exception, not
 * as a failure, and commits nothing: the persisted index is as before, and the next build does the
 * whole work.
 */
class StoppedBuildTest {

    @Test
    void aBuildStoppedHalfwayCommitsNothing(@TempDir Path db) throws Exception {
        try (GraphStore store = GraphStore.open(db)) {
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
            AtomicInteger checks = new AtomicInteger();
            // the stop comes after some checks: within the read of the store, not before it
            BuildBudget stopped = BuildBudget.of(Duration.ofMinutes(1), () -> checks.incrementAndGet() > 3);
            List<String> phases = new ArrayList<>();
            try (FinderIndex index = FinderIndex.of(db)) {
                BuildBudget.BuildStoppedException e = assertThrows(BuildBudget.BuildStoppedException.class,
                        () -> FinderBuilder.build(store, index, stopped, p -> phases.add(p.phase())));
                assertEquals("the search index update was stopped before it ended: the server is stopping", e.getMessage());
                assertTrue(phases.contains("reading entry points") && !phases.contains("indexing") && !phases.contains("ready"),
                        "stopped while reading the store: " + phases);
                assertNull(index.fingerprint(), "nothing was committed");
            }

            List<String> next = new ArrayList<>();
            try (FinderIndex index = FinderIndex.of(db)) {
                Finder finder = FinderBuilder.build(store, index, BuildBudget.of(Duration.ofMinutes(1)), p -> next.add(p.phase()));
                assertEquals(List.of("checking", "reading entry points", "reading what the region said", "indexing", "ready"),
                        next.stream().distinct().toList(), "the next build reads the whole store");
                assertEquals(Ids.RESOURCE + "offering/svenska-tvillingregistret",
                        finder.find(SearchRequest.of("tvillingregister")).results().get(0).iri());
                finder.release();
            }
        }
    }
}
