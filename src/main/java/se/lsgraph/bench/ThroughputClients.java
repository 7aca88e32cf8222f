package se.lsgraph.bench;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;

/**
 * Closed-loop clients, each sending the next request of the mix as soon as the last one is answered,
 * each from its own loopback address (127.0.0.2, .3, …) so that the server's per-client thread limit
 * sees them as the distinct clients they stand for. A run ends at its deadline or after a total
 * number of requests, whichever comes first; every answer is recorded.
 */
final class ThroughputClients {
    static final long REQUEST_TIMEOUT_SECONDS = 60;
    /** Answers are read whole (as a browser would) up to this size. */
    private static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;

    record Answer(String kind, double ms, int status, String failure) {}

    private ThroughputClients() {}

    /** Runs {@code clients} clients until {@code seconds} have passed or {@code maxRequests} were sent in all. */
    static List<Answer> run(String base, List<ThroughputMix.Request> mix, int clients, long seconds, int maxRequests)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger budget = new AtomicInteger(maxRequests);
        List<List<Answer>> answers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<HttpClient> https = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                HttpClient http = client(i);
                https.add(http);
                List<Answer> mine = new ArrayList<>();
                answers.add(mine);
                int first = i * mix.size() / clients;
                threads.add(loop(http, base, mix, first, deadline, budget, mine, i));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads)
                t.join(TimeUnit.SECONDS.toMillis(seconds + REQUEST_TIMEOUT_SECONDS + 10));
        } finally {
            for (HttpClient h : https)
                h.stop();
        }
        List<Answer> all = new ArrayList<>();
        for (List<Answer> a : answers)
            all.addAll(a);
        return all;
    }

    /** A client of its own address, with one connection, kept alive between requests as browsers do. */
    private static HttpClient client(int index) throws Exception {
        HttpClient http = new HttpClient();
        http.setBindAddress(new InetSocketAddress("127.0.0." + (2 + index), 0));
        http.setMaxConnectionsPerDestination(1);
        http.setConnectTimeout(5_000);
        http.setFollowRedirects(false);
        http.start();
        return http;
    }

    private static Thread loop(HttpClient http, String base, List<ThroughputMix.Request> mix, int first,
                               long deadline, AtomicInteger budget, List<Answer> mine, int index) {
        Thread t = new Thread(() -> {
            for (int n = first; System.nanoTime() < deadline && budget.getAndDecrement() > 0; n++)
                mine.add(send(http, base, mix.get(n % mix.size())));
        }, "throughput-client-" + index);
        t.setDaemon(true);
        return t;
    }

    private static Answer send(HttpClient http, String base, ThroughputMix.Request r) {
        Request request = http.newRequest(base + r.path()).timeout(REQUEST_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .headers(h -> h.put(HttpHeader.ACCEPT, r.accept()));
        if (r.body() != null)
            request.method(HttpMethod.POST).body(new StringRequestContent("application/sparql-query", r.body()));
        long sent = System.nanoTime();
        try {
            ContentResponse answer = new CompletableResponseListener(request, MAX_ANSWER_BYTES).send().get();
            double ms = (System.nanoTime() - sent) / 1e6;
            return new Answer(r.kind(), ms, answer.getStatus(), answer.getStatus() == 200 ? null : "HTTP " + answer.getStatus());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Answer(r.kind(), (System.nanoTime() - sent) / 1e6, 0,
                    cause instanceof TimeoutException ? "no answer within " + REQUEST_TIMEOUT_SECONDS + " s" : cause.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(r.kind(), (System.nanoTime() - sent) / 1e6, 0, "interrupted");
        }
    }
}
