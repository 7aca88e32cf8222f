package se.lsgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.export.DumpFormat;
import se.lsgraph.store.GraphStore;

/** GET /dumps/lsgraph.{nq,trig,ttl,jsonld}[.gz]: the whole graph, written from the store as requested. */
final class DumpServlet extends HttpServlet {
    private final transient GraphStore store;

    DumpServlet(GraphStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        boolean gzip = name.endsWith(".gz");
        String base = gzip ? name.substring(0, name.length() - 3) : name;
        DumpFormat format = base.startsWith("lsgraph.") ? DumpFormat.ofExtension(base.substring("lsgraph.".length())) : null;
        if (format == null) {
            JsonResponses.error(resp, 404, "no dump named '" + name + "' (lsgraph.nq, .trig, .ttl or .jsonld, optionally .gz)");
            return;
        }
        resp.setStatus(200);
        resp.setContentType(gzip ? "application/gzip" : format.mediaType() + "; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        OutputStream out = gzip ? new GZIPOutputStream(resp.getOutputStream()) : resp.getOutputStream();
        store.read(dsg -> {
            format.write(dsg, out);
            return null;
        });
        out.flush();
        if (out instanceof GZIPOutputStream z)
            z.finish();
    }
}
