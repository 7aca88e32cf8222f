package se.lsgraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import se.lsgraph.query.BundledSparql;

/**
 * Starts `java -Xmx512m -jar lsgraph.jar serve` as a separate process on an existing database and
 * measures the time from process start to the first answered query.
 */
final class ServeBenchmark {
    static final String HEAP = "-Xmx512m";
    private static final String QUERY = BundledSparql.text("count-triples");

    record Result(double firstQuerySeconds, String firstAnswer) {}

    private ServeBenchmark() {}

    static Result run(Path jar, Path db) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), HEAP, "-jar", jar.toString(),
                "serve", "--db", db.toString(), "--port", Integer.toString(port)));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/lsgraph/sparql?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build();
        warmUp(client, request);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (true) {
                if (!process.isAlive())
                    throw new IllegalStateException("serve exited with " + process.exitValue());
                try {
                    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200)
                        return new Result((System.nanoTime() - start) / 1e9, r.body().strip().replace("\r\n", " "));
                } catch (IOException notYet) {
                    Thread.sleep(10);
                }
                if (System.nanoTime() - start > 120e9)
                    throw new IllegalStateException("serve did not answer within 120 s");
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /** Starts the HTTP client's own threads before timing, so they are not counted (the port is still closed). */
    private static void warmUp(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException expected) {
            // nothing listens yet
        }
    }

    /** Starts serve once so that the database exists (the bundled graph is built on first start). */
    static void prepare(Path jar, Path db) throws IOException, InterruptedException {
        run(jar, db);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
