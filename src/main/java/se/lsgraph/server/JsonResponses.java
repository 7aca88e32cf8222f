package se.lsgraph.server;

import java.io.IOException;
import java.util.LinkedHashMap;
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

    /** Every API error has the same shape, fields in this order: {"status": 404, "error": "what went wrong"}. */
    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, errorBody(status, message));
    }

    static Map<String, Object> errorBody(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        return body;
    }
}
