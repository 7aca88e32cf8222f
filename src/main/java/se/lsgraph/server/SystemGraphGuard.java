package se.lsgraph.server;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.catalog.CatalogGraph;

/**
 * On the Graph Store Protocol write endpoint: a PUT, POST, PATCH or DELETE naming the catalogue graph
 * is refused before Fuseki reads the body. That graph is system-owned (rewritten with every write,
 * see CatalogGraph), so an upload into it could only be lost; the caller is told so instead.
 */
final class SystemGraphGuard extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        boolean write = !("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()) || "OPTIONS".equals(req.getMethod()));
        if (write && CatalogGraph.NAME.getURI().equals(req.getParameter("graph"))) {
            JsonResponses.error(resp, 403, "the graph " + CatalogGraph.NAME.getURI() + " is the catalogue graph, which lsgraph "
                    + "writes itself after every change; it cannot be uploaded to, replaced or deleted (nothing was changed)");
            return;
        }
        chain.doFilter(req, resp);
    }
}
