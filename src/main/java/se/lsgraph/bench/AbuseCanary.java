package se.lsgraph.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A well-behaved client beside the abuse: one simple query every 100 ms (the next one right away
 * when an answer took longer), each answer recorded with when it was sent, how long it took and
 * whether it failed (any status but 200, a wrong answer, or none within the request timeout).
 * It connects from its own loopback address (127.0.0.2), as another client would: the server limits
 * requests per client address, and the abusive requests come from 127.0.0.1. Java 17's HttpClient
 * cannot choose its local address, hence one plain socket per ask, closed by the server after the answer.
 */
final class AbuseCanary {
    static final String QUERY = "ASK { ?s ?p ?o }";
    static final String ADDRESS = "127.0.0.2";
    static final Duration PERIOD = Duration.ofMillis(100);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    record Ask(long sentNanos, double ms, String failure) {}

    private final int port;
    private final byte[] request;
    private final List<Ask> asks = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread = new Thread(this::run, "abuse-canary");

    AbuseCanary(int port) {
        this.port = port;
        this.request = ("GET /lsgraph/sparql?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8) + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\nAccept: text/csv\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    void start() {
        thread.start();
    }

    void stop() throws InterruptedException {
        stop.set(true);
        thread.join(REQUEST_TIMEOUT.toMillis() + 5_000);
    }

    /** The asks sent in [fromNanos, toNanos). */
    List<Ask> between(long fromNanos, long toNanos) {
        List<Ask> window = new ArrayList<>();
        synchronized (asks) {
            for (Ask a : asks)
                if (a.sentNanos() >= fromNanos && a.sentNanos() < toNanos)
                    window.add(a);
        }
        return window;
    }

    private void run() {
        while (!stop.get()) {
            long sent = System.nanoTime();
            String failure = ask();
            long took = System.nanoTime() - sent;
            synchronized (asks) {
                asks.add(new Ask(sent, took / 1e6, failure));
            }
            long rest = PERIOD.toNanos() - took;
            if (rest > 0) {
                try {
                    Thread.sleep(rest / 1_000_000, (int) (rest % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** One ask; null if answered 200 with "true", else what went wrong. */
    private String ask() {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(ADDRESS, 0));
            s.setSoTimeout((int) REQUEST_TIMEOUT.toMillis());
            s.connect(new InetSocketAddress("127.0.0.1", port), (int) REQUEST_TIMEOUT.toMillis());
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
            String answer = new String(s.getInputStream().readNBytes(64 * 1024), StandardCharsets.US_ASCII);
            if (!answer.startsWith("HTTP/1.1 "))
                return "no status line";
            if (!answer.startsWith("HTTP/1.1 200"))
                return "HTTP " + answer.substring(9, Math.min(12, answer.length()));
            int body = answer.indexOf("\r\n\r\n");
            return body > 0 && answer.substring(body).contains("true") ? null : "wrong answer";
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }
}
