package se.lsgraph.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.search.BuildProgress;
import se.lsgraph.search.SearchAnswer;
import se.lsgraph.search.SearchRequest;
import se.lsgraph.server.pages.Language;
import se.lsgraph.server.pages.Templates;

/**
 * GET /api/search?q=need&amp;kind=&amp;area=&amp;place=&amp;status=&amp;limit=&amp;lang= : the entry points that
 * answer a need, ranked, each with its card fields; what the region said about it; the language of
 * the answer; the filter values with counts; and for an empty answer the nearest known words.
 * GET /api/search/facets: the filter values. GET /api/search/status: whether the index is ready,
 * and the progress of its build. While the first index is built, searches get 503 with the progress.
 */
final class SearchApiServlet extends HttpServlet {
    private static final int RETRY_AFTER_SECONDS = 2;
    private final transient BackgroundFinder finder;

    SearchApiServlet(BackgroundFinder finder) {
        this.finder = finder;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        try {
            if ("/status".equals(path))
                JsonResponses.send(resp, finder.ready() ? 200 : 503, status());
            else if ("/facets".equals(path))
                JsonResponses.send(resp, 200, finder.get().facetValues());
            else if (path == null || path.equals("/"))
                search(req, resp);
            else
                JsonResponses.error(resp, 404, "no such search resource: " + path);
        } catch (BackgroundFinder.NotReadyException e) {
            resp.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            Map<String, Object> body = status();
            body.put("error", e.getMessage());
            JsonResponses.send(resp, 503, body);
        }
    }

    private void search(HttpServletRequest req, HttpServletResponse resp) throws IOException, BackgroundFinder.NotReadyException {
        SearchRequest request;
        try {
            request = new SearchRequest(req.getParameter("q"), req.getParameter("kind"), req.getParameter("area"),
                    req.getParameter("place"), req.getParameter("status"), limit(req.getParameter("limit")), req.getParameter("lang"));
        } catch (IllegalArgumentException e) {
            JsonResponses.error(resp, 400, e.getMessage());
            return;
        }
        SearchAnswer answer = finder.search(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", answer.q());
        body.put("lang", answer.lang());
        body.put("count", answer.count());
        body.put("results", answer.results());
        body.put("matched", answer.matched());
        body.put("said", answer.said());
        body.put("suggestions", answer.suggestions());
        body.put("facets", answer.facets());
        body.put("updating", finder.updating());
        body.put("texts", cardTexts(answer.lang()));
        JsonResponses.send(resp, 200, body);
    }

    /** The card texts that come from the message bundles, in the answer's language. */
    private static Map<String, String> cardTexts(String lang) {
        Language language = Language.EN.code().equals(lang) ? Language.EN : Language.SV;
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("englishByLsgraph", Templates.message("term.byLsgraph", language));
        texts.put("englishByLsgraphExplained", Templates.message("term.byLsgraph.explained", language));
        return texts;
    }

    private Map<String, Object> status() {
        BuildProgress p = finder.progress();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", finder.ready() ? (finder.updating() ? "updating" : "ready") : p.error() != null ? "failed" : "building");
        body.put("phase", p.phase());
        body.put("done", p.done());
        body.put("total", p.total());
        body.put("started", p.started().toString());
        return body;
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
