package se.lsgraph.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.server.probes.ReadinessCheck;
import se.lsgraph.server.probes.ReadinessServlet;
import se.lsgraph.server.probes.StoreCheck;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.Http;
import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.LSG;

/** /ready answers 503 with the reason until every check passes, then 200; the store check needs a store with a bundle installed. */
class ReadinessTest {
    @Test
    void readyAnswers503WithTheReasonsThen200() {
        AtomicReference<String> finderState = new AtomicReference<>("the search index is being built (indexing, 1000 of 4000)");
        ReadinessCheck finder = new ReadinessCheck() {
            @Override
            public String name() {
                return "finder";
            }

            @Override
            public String notReadyBecause() {
                return finderState.get();
            }
        };
        try (GraphStore empty = GraphStore.inMemory(); GraphStore bundled = GraphStore.inMemory()) {
            // What every installed bundle leaves: a record in the provenance graph.
            bundled.write(dsg -> dsg.add(Ids.PROVENANCE_GRAPH, BundleInstaller.BUNDLE, LSG.fingerprint.asNode(),
                    NodeFactory.createLiteralString("abcdef12")));
            FusekiServer fuseki = FusekiServer.create().port(0).loopback(true)
                    .addServlet("/ready", new ReadinessServlet(List.of(new StoreCheck(empty), finder), "20261201T000000Z-abcdef12"))
                    .addServlet("/ready-bundled", new ReadinessServlet(List.of(new StoreCheck(bundled), finder), null))
                    .build().start();
            try {
                Http http = new Http(fuseki.getHttpPort());
                HttpResponse<String> notBuilt = http.get("/ready", "application/json");
                assertEquals(503, notBuilt.statusCode());
                assertEquals("1", notBuilt.headers().firstValue("Retry-After").orElse(null));
                assertEquals("{\"ready\":false,\"checks\":{\"store\":\"the database holds no provenance graph: it has not been built (lsgraph build-db)\","
                        + "\"finder\":\"the search index is being built (indexing, 1000 of 4000)\"},\"build\":\"20261201T000000Z-abcdef12\"}", notBuilt.body());

                HttpResponse<String> building = http.get("/ready-bundled", "application/json");
                assertEquals(503, building.statusCode());
                assertEquals("{\"ready\":false,\"checks\":{\"store\":\"ready\",\"finder\":\"the search index is being built (indexing, 1000 of 4000)\"},"
                        + "\"build\":null}", building.body());

                finderState.set(null);
                HttpResponse<String> ready = http.get("/ready-bundled", "application/json");
                assertEquals(200, ready.statusCode());
                assertEquals("{\"ready\":true,\"checks\":{\"store\":\"ready\",\"finder\":\"ready\"},\"build\":null}", ready.body());
                assertEquals(503, http.get("/ready", "application/json").statusCode(), "an empty store never becomes ready");
            } finally {
                fuseki.stop();
            }
        }
    }
}
