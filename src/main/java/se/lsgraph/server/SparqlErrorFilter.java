package se.lsgraph.server;

import java.io.IOException;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * On the SPARQL endpoints (query, update, Graph Store): Fuseki reports its errors (a syntax error,
 * a timeout, 406, a missing graph) as plain text. A client that asks for JSON gets them in the
 * shape of every other lsgraph API error, {"status": …, "error": "…"}, with Fuseki's status code
 * unchanged (the SPARQL protocol's codes); other clients keep Fuseki's plain text.
 */
final class SparqlErrorFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (!asksForJson(req.getHeader("Accept"))) {
            chain.doFilter(req, resp);
            return;
        }
        JsonErrorResponse wrapped = new JsonErrorResponse(resp);
        chain.doFilter(req, wrapped);
        String message = wrapped.heldMessage();
        if (message == null)
            return;
        int status = wrapped.errorStatus();
        if (wrapped.heldPlainText())
            send(resp, status, "application/json; charset=utf-8", JsonResponses.JSON.writeValueAsBytes(
                    JsonResponses.errorBody(status, message.isEmpty() ? "HTTP " + status : message)));
        else
            send(resp, status, wrapped.heldType(), wrapped.heldBytes());
    }

    /** Fuseki may have taken the output stream or the writer before it failed: the body goes through whichever is free. */
    private static void send(HttpServletResponse resp, int status, String type, byte[] body) throws IOException {
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setContentLength(body.length);
        try {
            resp.getOutputStream().write(body);
        } catch (IllegalStateException writerTaken) {
            resp.getWriter().write(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * True when the Accept header's most preferred type is a JSON one (application/json, a +json
     * type such as application/sparql-results+json); a wildcard or no header leaves Fuseki's text.
     */
    static boolean asksForJson(String accept) {
        if (accept == null || accept.isBlank())
            return false;
        MediaRange best = null;
        for (MediaRange m : new AcceptList(accept).entries())
            if (best == null || m.get_q() > best.get_q())
                best = m;
        if (best == null)
            return false;
        String subType = best.getSubType();
        return "application".equals(best.getType()) && ("json".equals(subType) || subType.endsWith("+json"));
    }
}
