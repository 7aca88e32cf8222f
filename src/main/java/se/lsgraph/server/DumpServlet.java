package se.lsgraph.server;

import java.io.IOException;

import org.eclipse.jetty.ee10.servlet.ResourceServlet;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.export.DumpFiles;

/**
 * GET /dumps/lsgraph.{nq,trig,ttl,jsonld}[.gz]: the whole graph, written to a file from the store
 * (DumpFiles) and served by Jetty's own static-file service, which gives Content-Length, ETag,
 * Last-Modified, conditional requests (304) and byte ranges (206, 416).
 */
final class DumpServlet extends ResourceServlet {
    private final transient DumpFiles dumps;

    DumpServlet(DumpFiles dumps) {
        this.dumps = dumps;
    }

    @Override
    public String getInitParameter(String name) {
        return switch (name) {
            case "baseResource" -> dumps.folder().toUri().toString();
            case "pathInfoOnly" -> "true";
            case "dirAllowed" -> "false";
            case "etags" -> "true";
            case "acceptRanges" -> "true";
            case "maxCacheSize" -> "0";
            default -> super.getInitParameter(name);
        };
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (name.contains("/") || !dumps.ensure(name)) {
            JsonResponses.error(resp, 404, "no dump named '" + name + "' (lsgraph.nq, .trig, .ttl or .jsonld, optionally .gz)");
            return;
        }
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        super.doGet(req, resp);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        doGet(req, resp);
    }
}
