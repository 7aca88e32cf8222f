package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.search.FinderIndex;
import se.lsgraph.search.SearchRequest;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/** Whole-store work at start (the network layout) waits until the finder is ready and has answered a first search. */
class StartupSearchFirstTest {
    @Test
    void theFirstAnsweredSearchLetsTheStartupWorkBegin() {
        try (GraphStore store = GraphStore.inMemory()) {
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
            try (BackgroundFinder finder = new BackgroundFinder(store, FinderIndex.inMemory(), Duration.ofMinutes(2))) {
                assertTrue(finder.awaitBuild(Duration.ofMinutes(2)));
                assertFalse(finder.startupSearchServed(), "ready, but no search answered yet and the grace period not over");
                var answer = searchOnReadyFinder(finder);
                assertEquals(Ids.RESOURCE + "offering/svenska-tvillingregistret", answer.results().get(0).iri());
                assertTrue(finder.startupSearchServed());
            }
        }
    }

    private static se.lsgraph.search.SearchAnswer searchOnReadyFinder(BackgroundFinder finder) {
        try {
            return finder.search(SearchRequest.of("tvillingregister"));
        } catch (BackgroundFinder.NotReadyException e) {
            throw new AssertionError("the finder was ready", e);
        }
    }
}
