package se.lsgraph.server;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.server.pages.Language;
import se.lsgraph.server.pages.PageWriter;
import se.lsgraph.server.pages.ResourceView;
import se.lsgraph.server.pages.ResourceViews;
import se.lsgraph.server.pages.SchemaOrgJsonLd;
import se.lsgraph.store.GraphStore;

/** The HTML of a resource's page: the page model of its kind rendered by that kind's template. */
final class ResourcePage {
    private final ResourceViews views;

    ResourcePage(GraphStore store) {
        this.views = new ResourceViews(store);
    }

    /** Sends the page, or the not-found page (404) when the graph does not know the resource. */
    void send(HttpServletRequest req, HttpServletResponse resp, Node resource) throws IOException {
        Optional<ResourceView> view = views.of(resource, Language.of(req));
        if (view.isEmpty()) {
            notFound(req, resp, resource.getURI());
            return;
        }
        PageWriter.send(req, resp, 200, view.get().kind().template(),
                Map.of("page", view.get(), "jsonLd", SchemaOrgJsonLd.of(view.get())));
    }

    static void notFound(HttpServletRequest req, HttpServletResponse resp, String iri) throws IOException {
        PageWriter.send(req, resp, 404, "not-found", Map.of("iri", iri));
    }
}
