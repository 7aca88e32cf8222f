package se.lsgraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** Waits for a server the benchmark started on loopback to say, on /ready, that it serves. */
final class ReadyProbe {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Duration ASK_EVERY = Duration.ofMillis(250);

    private ReadyProbe() {}

    /** True once /ready answers 200; false if the process ends or the timeout passes first. */
    static boolean await(int port, Process process, Duration timeout) throws InterruptedException {
        return await(port, process, timeout, body -> true);
    }

    /**
     * True once /ready answers 200 with a body the test accepts (say, naming a build); false if the
     * process ends or the timeout passes first.
     */
    static boolean await(int port, Process process, Duration timeout, Predicate<String> accepted) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> answer = CLIENT.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && accepted.test(answer.body()))
                    return true;
            } catch (IOException notListeningYet) {
                // the server is still starting
            }
            Thread.sleep(ASK_EVERY.toMillis());
        }
        return false;
    }

    /** A port free on loopback now, for a server about to start. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
