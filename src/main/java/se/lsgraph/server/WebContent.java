package se.lsgraph.server;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;

import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.search.FinderIndex;
import se.lsgraph.server.pages.SecurityHeaders;
import se.lsgraph.server.pages.WorkbenchServlet;
import se.lsgraph.server.views.ViewsServlet;
import se.lsgraph.store.GraphStore;

/** What is served beside SPARQL: the bundled web pages (lsgraph/web) and the query catalogue API. */
final class WebContent {
    private static final String STATIC_ROOT = "lsgraph/web";

    private WebContent() {}

    /** Adds the pages and APIs; returns the finder, whose index starts building in the background now. */
    static BackgroundFinder configure(FusekiServer.Builder fuseki, GraphStore store, String publicUrl, long rowLimit,
            FinderIndex searchIndex,
            Duration searchBudget) {
        URL root = WebContent.class.getClassLoader().getResource(STATIC_ROOT);
        if (root == null)
            throw new IllegalStateException("Bundled web pages are missing (" + STATIC_ROOT + ")");
        fuseki.staticFileBase(staticBase(root));
        WorkbenchServlet workbench = new WorkbenchServlet(store);
        fuseki.addServlet("/sparql", workbench);
        fuseki.addServlet("/sparql/*", workbench);
        fuseki.addServlet("/sparql.html", workbench);
        QueryApiServlet api = new QueryApiServlet(store, QueryCatalogue.bundled(), rowLimit);
        fuseki.addServlet("/api/queries", api);
        fuseki.addServlet("/api/queries/*", api);
        // The finder's index is built in the background from now on, so SPARQL answers at once and
        // searches find it ready; text:query builds its own index on first use.
        TextQueryIndex.install(store);
        BackgroundFinder finder = new BackgroundFinder(store, searchIndex, searchBudget);
        // The network layout reads every link of its view (seconds on a large store): it is
        // computed once the finder's first build is done and the first search answered (or a few seconds
        // passed), so the first search need not share the CPU with it.
        ViewsServlet views = new ViewsServlet(store, () -> !finder.updating() && finder.startupSearchServed());
        fuseki.addServlet("/views", views);
        fuseki.addServlet("/views/*", views);
        SearchApiServlet search = new SearchApiServlet(finder);
        fuseki.addServlet("/api/search", search);
        fuseki.addServlet("/api/search/*", search);
        fuseki.addServlet("/id/*", new ResourcePageServlet(store));
        return finder;
    }

    /** What can only be set on the built server: the security headers, first in the chain. */
    static void secure(FusekiServer server) {
        SecurityHeaders.installFirst(server);
    }

    private static String staticBase(URL root) {
        if ("jar".equals(root.getProtocol()))
            return root.toExternalForm();
        try {
            return Path.of(root.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
