package se.lsgraph.server;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Cross-origin access for the read-only endpoints, so that YASGUI on another site, notebooks in a
 * browser and OpenRefine elsewhere can use them: Fuseki's CrossOriginFilter (Jetty's, preflight
 * included) with lsgraph's settings. It is mapped only onto read-only paths (READ_ONLY_PATHS);
 * update and upload never get it, so a browser on another origin cannot send them.
 */
final class CorsFilter implements Filter {
    /** Every read-only path: SPARQL query, Graph Store read, the APIs, resources, catalogue, dumps, reconciliation. */
    static final List<String> READ_ONLY_PATHS = List.of(
            LsgraphServer.DATASET, LsgraphServer.DATASET + "/sparql", LsgraphServer.DATASET + "/query",
            LsgraphServer.DATASET + "/data", LsgraphServer.DATASET + "/get",
            "/api/*", "/id/*", "/catalog", "/void", "/dumps/*", "/reconcile", "/reconcile/*", "/ontology", "/ontology/*");

    private static final Map<String, String> SETTINGS = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
            CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
            CrossOriginFilter.ALLOWED_HEADERS_PARAM, "Accept,Content-Type,Origin,X-Requested-With,Range,If-None-Match,If-Modified-Since",
            CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Link,ETag,Last-Modified,Content-Length,Content-Range,Content-Disposition,Vary",
            CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
            CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false",
            CrossOriginFilter.PREFLIGHT_MAX_AGE_PARAM, "1800");

    private final CrossOriginFilter cors = new CrossOriginFilter();

    @Override
    public void init(FilterConfig container) throws ServletException {
        cors.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "lsgraph-cors";
            }

            @Override
            public ServletContext getServletContext() {
                return container.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return SETTINGS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(SETTINGS.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        cors.doFilter(request, response, chain);
    }

    @Override
    public void destroy() {
        cors.destroy();
    }
}
