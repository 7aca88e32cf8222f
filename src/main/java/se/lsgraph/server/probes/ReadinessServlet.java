package se.lsgraph.server.probes;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * GET /ready, for load balancers (HAProxy's health check, Kubernetes' readiness probe): 200 once
 * every check passes, 503 before, each with a JSON body naming every check's state and the build
 * being served. Unlike /health it says whether this server should get traffic, not whether it lives.
 */
public final class ReadinessServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RETRY_AFTER_SECONDS = 1;

    private final transient List<ReadinessCheck> checks;
    private final String build;

    /** @param build the build served (its id from build-db), or null when the database did not come from one */
    public ReadinessServlet(List<ReadinessCheck> checks, String build) {
        this.checks = List.copyOf(checks);
        this.build = build;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> body = readiness();
        boolean ready = (Boolean) body.get("ready");
        if (!ready)
            resp.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        resp.setStatus(ready ? 200 : 503);
        resp.setHeader("Cache-Control", "no-store");
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("application/json; charset=utf-8");
        JSON.writeValue(resp.getWriter(), body);
    }

    /** {"ready": false, "checks": {"store": "ready", "finder": "why not"}, "build": "..."} */
    Map<String, Object> readiness() {
        Map<String, String> states = new LinkedHashMap<>();
        boolean ready = true;
        for (ReadinessCheck check : checks) {
            String reason = check.notReadyBecause();
            states.put(check.name(), reason == null ? "ready" : reason);
            ready &= reason == null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ready", ready);
        body.put("checks", states);
        body.put("build", build);
        return body;
    }
}
