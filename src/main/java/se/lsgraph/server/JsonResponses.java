package se.lsgraph.server;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/** JSON bodies and JSON error messages for the HTTP API. */
final class JsonResponses {
    static final ObjectMapper JSON = new ObjectMapper();

    private JsonResponses() {}

    static void send(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("application/json; charset=utf-8");
        JSON.writeValue(resp.getWriter(), body);
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, Map.of("status", status, "error", message));
    }
}
