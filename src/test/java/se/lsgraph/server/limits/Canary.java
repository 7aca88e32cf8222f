package se.lsgraph.server.limits;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import se.lsgraph.support.Http;

/** A client asking a simple query every 100 ms while an abusive request runs; bounded to 300 asks. */
final class Canary {
    private static final int MAX_ASKS = 300;

    record Outcome<T>(T abusive, Duration worstLatency, int errors, int asks, String firstError) {}

    static <T> Outcome<T> during(Http http, Callable<T> abusive) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<T> running = pool.submit(abusive);
            long worst = 0;
            int errors = 0;
            int asks = 0;
            String firstError = "";
            Thread.sleep(200); // let the abusive request reach the server first
            while (!running.isDone() && asks < MAX_ASKS) {
                long start = System.nanoTime();
                var r = http.query("/lsgraph/sparql", "ASK { ?s ?p ?o }", "text/csv");
                worst = Math.max(worst, System.nanoTime() - start);
                if (r.statusCode() != 200 || !r.body().strip().endsWith("true"))
                {
                    if (errors++ == 0)
                        firstError = r.statusCode() + " " + r.body();
                }
                asks++;
                Thread.sleep(100);
            }
            return new Outcome<>(running.get(), Duration.ofNanos(worst), errors, asks, firstError);
        } finally {
            pool.shutdownNow();
        }
    }
}
