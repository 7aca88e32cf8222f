package se.lsgraph.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.search.EntryPoint;
import se.lsgraph.search.SearchRequest;

/**
 * GET /api/search?q=need&amp;kind=&amp;area=&amp;place=&amp;status=&amp;limit= : the entry points that answer a
 * need, ranked, each with its card fields and IRI. GET /api/search/facets: the filter values.
 */
final class SearchApiServlet extends HttpServlet {
    private final transient LazyFinder finder;

    SearchApiServlet(LazyFinder finder) {
        this.finder = finder;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if ("/facets".equals(req.getPathInfo())) {
            JsonResponses.send(resp, 200, finder.get().facetValues());
            return;
        }
        if (req.getPathInfo() != null && !req.getPathInfo().equals("/")) {
            JsonResponses.error(resp, 404, "no such search resource: " + req.getPathInfo());
            return;
        }
        SearchRequest request;
        try {
            request = new SearchRequest(req.getParameter("q"), req.getParameter("kind"), req.getParameter("area"),
                    req.getParameter("place"), req.getParameter("status"), limit(req.getParameter("limit")));
        } catch (IllegalArgumentException e) {
            JsonResponses.error(resp, 400, e.getMessage());
            return;
        }
        List<EntryPoint> results = finder.get().find(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", request.text());
        body.put("count", results.size());
        body.put("results", results);
        JsonResponses.send(resp, 200, body);
    }

    private static int limit(String text) {
        if (text == null || text.isBlank())
            return SearchRequest.DEFAULT_LIMIT;
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a number, not '" + text + "'");
        }
    }
}
