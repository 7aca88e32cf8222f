package se.lsgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Times repeated GET requests on loopback: median and 95th percentile in milliseconds. */
final class HttpLatency {
    record Stats(double medianMs, double p95Ms, int status) {}

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HttpLatency() {}

    static Stats measure(String url, String accept, int warmups, int runs) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build();
        int status = 0;
        for (int i = 0; i < warmups; i++)
            status = CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            status = CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            times.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(times);
        return new Stats(percentile(times, 50), percentile(times, 95), status);
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
