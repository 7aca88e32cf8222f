package se.lsgraph.server.pages;

import java.io.IOException;
import java.util.EnumSet;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.FilterMapping;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHandler;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Hardening headers on every response of the server (pages, views, API, SPARQL, static files).
 * Scripts may only come from this server's own files (the bundled assets): no inline script, no
 * eval, no CDN. Styles allow inline attributes because the chart and editor libraries set them on
 * the elements they draw; that cannot run code.
 */
public final class SecurityHeaders implements Filter {
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final String NAME = "lsgraph-security-headers";

    /**
     * Puts the filter first in the server's chain. Fuseki's own filter answers SPARQL and Graph Store
     * requests without passing them on, so a filter added after it would miss those responses.
     */
    public static void installFirst(FusekiServer server) {
        ServletHandler handler = ServletContextHandler.getServletContextHandler(server.getServletContext()).getServletHandler();
        FilterHolder holder = new FilterHolder(new SecurityHeaders());
        holder.setName(NAME);
        handler.prependFilter(holder);
        FilterMapping everything = new FilterMapping();
        everything.setFilterName(NAME);
        everything.setPathSpec("/*");
        everything.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        handler.prependFilterMapping(everything);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            http.setHeader("X-Frame-Options", "DENY");
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        }
        chain.doFilter(request, response);
    }
}
