package se.lsgraph.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.TestServer;

/** Every kind of response carries the hardening headers: pages, views, API, SPARQL, static files, errors. */
class SecurityHeadersTest {
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/, 200",
            "/lsgraph.css, 200",
            "/views/, 200",
            "/views/consultation, 200",
            "/views/consultation/data.json, 200",
            "/id/org/karolinska-institutet, 200",
            "/id/org/no-such-body, 404",
            "/api/queries, 200",
            "/lsgraph/sparql?query=ASK%7B%7D, 200",
            "/no/such/path, 404"})
    void everyResponseIsHardened(String path, int status) {
        HttpResponse<String> r = WEB.http().get(path, "*/*");
        assertEquals(status, r.statusCode(), path);
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'", header(r, "Content-Security-Policy"));
        assertEquals("DENY", header(r, "X-Frame-Options"));
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", header(r, "Referrer-Policy"));
    }

    private static String header(HttpResponse<String> r, String name) {
        return r.headers().firstValue(name).orElse("(missing)");
    }

}
