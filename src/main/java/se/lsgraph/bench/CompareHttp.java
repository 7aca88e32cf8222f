package se.lsgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.query.NamedQuery;
import se.lsgraph.server.LsgraphServer;
import se.lsgraph.store.GraphStore;

/**
 * lsgraph over HTTP: the server on a read-only copy of the database, on a free loopback port in
 * this process, and the catalogue through {@code GET /api/queries/NAME} (compact JSON) with the
 * example parameters. A row is counted once the whole answer has arrived.
 */
final class CompareHttp implements ComparePeer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(CompareBenchmark.STORE_TIMEOUT_SECONDS);

    private final GraphStore store;
    private final LsgraphServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    CompareHttp(Path db) {
        this.store = GraphStore.openReadOnly(db);
        // No row limit in the way: every store must return every row.
        this.server = LsgraphServer.builder(store).port(0).rowLimit(Long.MAX_VALUE).queryTimeout(QUERY_TIMEOUT).build().start();
        this.base = "http://127.0.0.1:" + server.port();
    }

    /** The finder builds its index in the background at start; queries are timed once it is done (bounded wait). */
    boolean awaitFinder(Duration timeout) {
        return server.awaitSearchReady(timeout);
    }

    @Override
    public long rows(String query) throws Exception {
        NamedQuery q = se.lsgraph.query.QueryCatalogue.bundled().get(query).orElseThrow();
        StringBuilder url = new StringBuilder(base + "/api/queries/" + query + "?format=json");
        for (Map.Entry<String, String> p : CompareCatalogue.exampleParams(q).entrySet())
            url.append('&').append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString())).header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() != 200 || answer.has("error") || answer.path("truncated").asBoolean())
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + answer.path("error").asText(""));
        return answer.path("rows").size();
    }

    @Override
    public long size() {
        return store.read(dsg -> dsg.stream().count());
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
