package se.lsgraph.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for tests against a server on loopback. */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build());
    }

    /** A GET with extra request headers, given as name, value, name, value, ... */
    public HttpResponse<String> getWith(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).headers(headers).GET().build());
    }

    public HttpResponse<String> query(String endpoint, String sparql, String accept) {
        return get(endpoint + "?query=" + encode(sparql), accept);
    }

    public HttpResponse<String> postForm(String path, String field, String value, String accept, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + encode(value)));
        if (user != null)
            b.header("Authorization", basic(user, password));
        return send(b.build());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null)
            b.header("Authorization", basic(user, password));
        return send(b.build());
    }

    public HttpResponse<String> put(String path, String contentType, String body, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (user != null)
            b.header("Authorization", basic(user, password));
        return send(b.build());
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE().build());
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException stale) {
                // A pooled connection the server had already closed (it closes after a 401) gets no
                // bytes at all: the request never reached the server, so sending it again is safe.
                if (stale.getMessage() == null || !stale.getMessage().contains("received no bytes"))
                    throw stale;
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
