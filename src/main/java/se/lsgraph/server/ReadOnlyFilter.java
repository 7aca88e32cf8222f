package se.lsgraph.server;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * On a read-only server (a replica serving a built database) every attempt to write through the
 * dataset's paths gets 405 with a message saying why, before Fuseki sees it: SPARQL Update (by
 * path, media type or form field) and Graph Store Protocol writes. Queries, by GET or POST, pass.
 */
final class ReadOnlyFilter implements Filter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> WRITE_ENDPOINTS = Set.of(LsgraphServer.DATASET + "/update", LsgraphServer.DATASET + "/gsp-rw");
    private static final Set<String> GRAPH_STORE_ENDPOINTS = Set.of(LsgraphServer.DATASET + "/data", LsgraphServer.DATASET + "/get");
    static final String MESSAGE = "this server serves a built database read-only: updates and uploads are not possible here";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (isWrite(req)) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            JsonResponses.error(resp, 405, MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isWrite(HttpServletRequest req) {
        String path = req.getRequestURI();
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        if (WRITE_ENDPOINTS.contains(path))
            return true;
        if (READ_METHODS.contains(method))
            return false;
        if (GRAPH_STORE_ENDPOINTS.contains(path) || !method.equals("POST"))
            return true;
        // A POST is a query only as the SPARQL 1.1 Protocol sends one (2.1.2, 2.1.3); anything else
        // posted to the dataset is an update or an upload.
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-query"))
            return false;
        if (type.startsWith("application/x-www-form-urlencoded"))
            return req.getParameter("update") != null;
        return true;
    }
}
