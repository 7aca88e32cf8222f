package se.lsgraph.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * On every path: TRACE is refused (it would echo a request, cookies and all, back to a script), as
 * 405 with a JSON error like the rest of the API.
 */
final class ProtocolHygieneFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if ("TRACE".equalsIgnoreCase(req.getMethod())) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            JsonResponses.error(resp, 405, "TRACE is not allowed");
            return;
        }
        chain.doFilter(request, response);
    }
}
