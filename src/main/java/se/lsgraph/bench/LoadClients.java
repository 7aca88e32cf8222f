package se.lsgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Clients that send requests one after another, each on its own connection pool, until stopped:
 * a mix of what people ask a replica (a SPARQL query by GET and by POST, a catalogue query, a
 * search, a resource page). Every answer is recorded: when it was sent, how long it took, and
 * whether it failed (any status but 200, or no answer).
 */
final class LoadClients {
    static final String SPARQL = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?area ?label WHERE {
              ?area skos:broader <https://w3id.org/lsgraph/id/element/ls2026-C> ; skos:prefLabel ?label .
              FILTER(lang(?label) = "sv")
            } ORDER BY ?label""";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    record Answer(long sentNanos, double ms, String failure) {}

    private final String base;
    private final int clients;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<List<Answer>> answers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    LoadClients(String base, int clients) {
        this.base = base;
        this.clients = clients;
    }

    void start() {
        for (int i = 0; i < clients; i++) {
            List<Answer> mine = new ArrayList<>();
            answers.add(mine);
            int first = i;
            Thread t = new Thread(() -> run(first, mine), "load-client-" + i);
            threads.add(t);
            t.start();
        }
    }

    /**
     * Stops the clients: each finishes the request it is in, all within one request timeout (+ 5 s)
     * together. A client still waiting then is interrupted, and its unfinished request counts as a
     * failure: before, each thread was joined for a whole timeout in turn, so seven stuck clients
     * held the end of a soak for minutes, and a request that never ended was not counted at all.
     */
    List<Answer> stop() throws InterruptedException {
        stop.set(true);
        long deadline = System.nanoTime() + REQUEST_TIMEOUT.plusSeconds(5).toNanos();
        for (Thread t : threads)
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        for (Thread t : threads)
            if (t.isAlive())
                t.interrupt();
        for (Thread t : threads)
            t.join(5_000);
        List<Answer> all = new ArrayList<>();
        for (List<Answer> a : answers)
            synchronized (a) {
                all.addAll(a);
            }
        return all;
    }

    private void run(int first, List<Answer> mine) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<HttpRequest> mix = mix();
        for (int n = first; !stop.get(); n++) {
            HttpRequest request = mix.get(n % mix.size());
            long sent = System.nanoTime();
            String failure;
            boolean interrupted = false;
            // The request's own timeout ends at the response headers; the whole exchange, body included, is bounded here.
            CompletableFuture<HttpResponse<String>> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            try {
                HttpResponse<String> r = exchange.get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                failure = r.statusCode() == 200 ? null : failure(r);
            } catch (ExecutionException e) {
                failure = e.getCause() == null ? "ExecutionException" : e.getCause().getClass().getSimpleName();
            } catch (TimeoutException e) {
                exchange.cancel(true);
                failure = "no complete answer within " + REQUEST_TIMEOUT.toSeconds() + " s";
            } catch (InterruptedException e) {
                exchange.cancel(true);
                failure = "no answer when the clients were stopped";
                interrupted = true;
            }
            Answer a = new Answer(sent, (System.nanoTime() - sent) / 1e6, failure);
            synchronized (mine) {
                mine.add(a);
            }
            if (interrupted)
                return;
        }
    }

    /** Who failed the request: HAProxy (no replica to send it to, or none answered in time) or the replica. */
    private static String failure(HttpResponse<String> r) {
        if (r.statusCode() == 503 && r.body().contains("No server is available"))
            return "HTTP 503 from HAProxy (no replica available)";
        if (r.statusCode() == 504)
            return "HTTP 504 from HAProxy (no answer within its server timeout)";
        return "HTTP " + r.statusCode() + " from a replica";
    }

    private List<HttpRequest> mix() {
        String q = URLEncoder.encode(SPARQL, StandardCharsets.UTF_8);
        return List.of(
                get("/lsgraph/sparql?query=" + q, "text/csv"),
                HttpRequest.newBuilder(URI.create(base + "/lsgraph/sparql")).timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(SPARQL)).build(),
                get("/api/queries/offerings-by-kind?kind=" + URLEncoder.encode("https://w3id.org/lsgraph/ontology#PhysicalFacility",
                        StandardCharsets.UTF_8), "application/json"),
                get("/api/search?q=" + URLEncoder.encode("klinisk prövning", StandardCharsets.UTF_8), "application/json"),
                get("/id/org/karolinska-institutet", "text/html"));
    }

    private HttpRequest get(String path, String accept) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT).header("Accept", accept).GET().build();
    }

    /** How many answers failed, by what went wrong. */
    static Map<String, Integer> failures(List<Answer> answers) {
        Map<String, Integer> byKind = new TreeMap<>();
        for (Answer a : answers)
            if (a.failure() != null)
                byKind.merge(a.failure(), 1, Integer::sum);
        return byKind;
    }
}
