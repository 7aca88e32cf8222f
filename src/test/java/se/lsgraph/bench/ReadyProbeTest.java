package se.lsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

class ReadyProbeTest {
    private HttpServer server;
    private Process alive;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ready", exchange -> {
            byte[] body = "{\"ready\":true,\"build\":\"b-2\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        // The probe stops when the server's process ends; a sleeping child stands in for it.
        alive = new ProcessBuilder("sleep", "30").start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.stop(0);
        alive.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }

    @Test
    void readyWhenTheServerAnswersWithTheBuildAsked() throws InterruptedException {
        assertTrue(ReadyProbe.await(server.getAddress().getPort(), alive, Duration.ofSeconds(10), body -> body.contains("\"build\":\"b-2\"")));
    }

    @Test
    void notReadyWhileTheServerNamesAnotherBuild() throws InterruptedException {
        assertFalse(ReadyProbe.await(server.getAddress().getPort(), alive, Duration.ofMillis(800), body -> body.contains("\"build\":\"b-3\"")));
    }

    @Test
    void notReadyOnceTheProcessHasEnded() throws InterruptedException, IOException {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor(5, TimeUnit.SECONDS);
        assertFalse(ReadyProbe.await(server.getAddress().getPort(), ended, Duration.ofSeconds(30)));
    }

    @Test
    void notReadyWhenNothingListens() throws InterruptedException, IOException {
        assertFalse(ReadyProbe.await(ReadyProbe.freePort(), alive, Duration.ofMillis(800)));
    }
}
