package se.lsgraph.server.views;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.query.QueryCancelledException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.server.pages.Language;
import se.lsgraph.server.pages.PageWriter;
import se.lsgraph.store.GraphStore;

/**
 * /views/ (the list), /views/NAME (a view's page) and /views/NAME/data.json|data.csv (its data,
 * in the reader's language; a view laid out on the server also /views/NAME/layout.json).
 */
public final class ViewsServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient ViewData data;
    private final transient Map<String, NetworkLayout> layouts = new ConcurrentHashMap<>();
    private final transient GraphStore store;

    private final transient java.util.function.BooleanSupplier mayWarm;
    /** How long stopping waits for a layout under way (its query runs under the query timeout). */
    private static final java.time.Duration WARM_STOP = java.time.Duration.ofSeconds(30);
    private static final java.time.Duration WARM_POLL = java.time.Duration.ofMillis(200);
    private transient Thread warm;
    private volatile boolean stopping;

    public ViewsServlet(GraphStore store) {
        this(store, () -> true);
    }

    /** @param mayWarm true once the background layout may begin (the server's more urgent start-up work is done) */
    public ViewsServlet(GraphStore store, java.util.function.BooleanSupplier mayWarm) {
        this.data = new ViewData(store);
        this.store = store;
        this.mayWarm = mayWarm;
    }

    /** Lays out the views that are laid out on the server in the background, so their first reader need not wait. */
    @Override
    public synchronized void init() {
        // Served at /views and /views/*, the one servlet is initialised once per path: one layout thread, not two.
        if (warm != null)
            return;
        warm = new Thread(() -> {
            if (!awaitMayWarm())
                return;
            try {
                for (View view : ViewCatalogue.all())
                    if (view.laidOutOnServer() && !stopping)
                        layoutOf(view).positions();
            } catch (QueryCancelledException stoppedMeanwhile) {
                // the server stops: the next start lays out again
            }
        }, "view-layouts");
        warm.setDaemon(true);
        warm.start();
    }

    /** Waits until the layout may begin; false if the servlet is stopped first. */
    private boolean awaitMayWarm() {
        try {
            while (!stopping && !mayWarm.getAsBoolean())
                Thread.sleep(WARM_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !stopping;
    }

    /**
     * Stops a layout that has not begun, aborts the query of one under way and waits for it to end:
     * the store is closed after the server stops, and must not be while the layout reads it.
     */
    @Override
    public synchronized void destroy() {
        if (warm == null)
            return;
        // Not interrupted: an interrupt during a read of TDB2's files closes their channels. The
        // layout's query is aborted instead, which ARQ checks between rows.
        stopping = true;
        data.stop();
        try {
            warm.join(WARM_STOP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private NetworkLayout layoutOf(View view) {
        return layouts.computeIfAbsent(view.name(), n -> new NetworkLayout(data, store, view));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (req.getPathInfo() == null) {
            resp.sendRedirect("/views/");
            return;
        }
        if (path.equals("/")) {
            PageWriter.send(req, resp, 200, "views/index", Map.of("views", ViewCatalogue.all()));
            return;
        }
        String[] parts = path.substring(1).split("/", -1);
        Optional<View> view = ViewCatalogue.named(parts[0]);
        if (view.isEmpty() || parts.length > 2) {
            notFound(req, resp);
            return;
        }
        if (parts.length == 1)
            PageWriter.send(req, resp, 200, view.get().template(), Map.of("view", view.get()));
        else if (parts[1].equals("data.json"))
            sendJson(resp, data.of(view.get(), Language.of(req)));
        else if (parts[1].equals("layout.json") && view.get().laidOutOnServer())
            sendJson(resp, layoutOf(view.get()).positions());
        else if (parts[1].equals("data.csv"))
            sendCsv(resp, view.get(), data.of(view.get(), Language.of(req)));
        else
            notFound(req, resp);
    }

    private static void notFound(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageWriter.send(req, resp, 404, "not-found", Map.of("iri", req.getRequestURI()));
    }

    private static void sendJson(HttpServletResponse resp, Object table) throws IOException {
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("application/json; charset=utf-8");
        resp.addHeader("Vary", "Accept-Language, Cookie");
        JSON.writeValue(resp.getWriter(), table);
    }

    private static void sendCsv(HttpServletResponse resp, View view, ViewData.Table table) throws IOException {
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("text/csv; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"lsgraph-" + view.name() + ".csv\"");
        resp.addHeader("Vary", "Accept-Language, Cookie");
        Writer out = resp.getWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).get())) {
            for (Map<String, Object> row : table.rows())
                csv.printRecord(table.columns().stream().map(row::get).toList());
        }
    }
}
