package se.lsgraph.server.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;

import se.lsgraph.server.LsgraphServer;
import se.lsgraph.server.pages.Language;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;

/**
 * The views servlet is served at /views and /views/*, so Jetty initialises it twice: it must still
 * lay out in one background thread (two ran the same whole-store query side by side, and the stop
 * waited for only one of them before closing the store under the other).
 */
class ViewLayoutThreadTest {
    @Test
    void oneLayoutThreadPerServer() {
        try (GraphStore store = TestStores.bundled(); LsgraphServer server = LsgraphServer.builder(store).port(0).build().start()) {
            // Before the first search (or 10 s after the finder is ready) the thread waits: it is alive now.
            assertEquals(1, layoutThreads());
        }
        assertEquals(0, layoutThreads(), "the stop waited for it");
    }

    @Test
    void aStoppedViewDataAbortsItsQueriesSoTheStoreCanClose() {
        try (GraphStore store = TestStores.bundled()) {
            View laidOut = ViewCatalogue.all().stream().filter(View::laidOutOnServer).findFirst().orElseThrow();
            ViewData data = new ViewData(store);
            int rows = new ViewData(store).of(laidOut, Language.SV).rows().size();
            assertEquals(rows, data.of(laidOut, Language.SV).rows().size());
            data.stop();
            assertThrows(QueryCancelledException.class, () -> data.of(laidOut, Language.SV));
        }
    }

    private static long layoutThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("view-layouts") && t.isAlive()).count();
    }
}
