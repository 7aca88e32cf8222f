package se.lsgraph.server.probes;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * GET /health: 200 whenever the process answers HTTP at all, ready or not, so that an orchestrator
 * restarts only a server that hangs, never one that is still opening its store or building its index.
 */
public final class LivenessServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(200);
        resp.setHeader("Cache-Control", "no-store");
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("application/json; charset=utf-8");
        resp.getWriter().write("{\"status\":\"up\"}");
    }
}
