package se.lsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.query.QueryRunner;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;

/** `lsgraph query` gives up a query that runs past --timeout, locally or at an endpoint, with a message instead of waiting for ever. */
class QueryTimeoutTest {
    @Test
    void anEndpointThatDoesNotAnswerInTimeIsGivenUpWithAMessage() throws Exception {
        HttpServer silent = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        CountDownLatch stop = new CountDownLatch(1);
        silent.createContext("/sparql", exchange -> {
            try {
                stop.await(20, TimeUnit.SECONDS); // answers nothing until the test ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        silent.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        silent.start();
        try {
            String endpoint = "http://127.0.0.1:" + silent.getAddress().getPort() + "/sparql";
            long started = System.nanoTime();
            Result r = run("query", "--endpoint", endpoint, "--timeout", "1", "organisation-search", "--param", "name=KTH");
            assertEquals(ExitCodes.FAILURE, r.code());
            assertEquals("lsgraph: query 'organisation-search' gave no complete answer within 1 s and was stopped "
                    + "(a longer --timeout, or 0 for none, lets it run on)\n", r.err());
            assertEquals("", r.out());
            assertEquals(true, System.nanoTime() - started < TimeUnit.SECONDS.toNanos(15), "given up, not waited for");
        } finally {
            stop.countDown();
            silent.stop(0);
        }
    }

    @Test
    void aLocalQueryPastItsTimeIsCancelled() {
        var query = QueryCatalogue.bundled().get("decision-trail-timeline").orElseThrow();
        try (GraphStore store = TestStores.bundled()) {
            assertThrows(QueryCancelledException.class, () -> QueryRunner.run(store, query, Map.of(), Duration.ofMillis(1)));
            assertEquals(QueryRunner.run(store, query, Map.of()).rows().size(),
                    QueryRunner.run(store, query, Map.of(), Duration.ofMinutes(1)).rows().size(), "within its time it gives every row");
        }
    }

    @Test
    void aNegativeTimeoutIsAUsageError() {
        Result r = run("query", "--timeout", "-1", "organisation-search", "--param", "name=KTH");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("lsgraph: --timeout must be 0 (no limit) or a positive number of seconds, not -1\n", r.err());
    }

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(new PrintWriter(out, true, StandardCharsets.UTF_8), new PrintWriter(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
