package se.lsgraph.server;

import java.io.IOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.catalog.CatalogProfile;
import se.lsgraph.catalog.CatalogRecord;
import se.lsgraph.catalog.CatalogSettings;
import se.lsgraph.store.GraphStore;

/**
 * GET /catalog: the catalogue record with its VoID description, RDF/XML by default for harvesters,
 * in DCAT-AP-SE (default) or DCAT-AP (?profile=dcat-ap). GET /void: only the VoID description,
 * Turtle by default. Both negotiate the other RDF formats, and answer 406 for anything else.
 * Deployments set the public URL (serve --public-url) so that the record does not depend on requests.
 */
final class CatalogServlet extends HttpServlet {
    private static final RdfNegotiation CATALOG = RdfNegotiation.rdf("application/rdf+xml");
    private static final RdfNegotiation VOID = RdfNegotiation.rdf("text/turtle");

    private final transient GraphStore store;
    private final String publicUrl;
    private final transient CatalogSettings settings;

    private final transient CatalogueStep catalogue;

    CatalogServlet(GraphStore store, String publicUrl, CatalogSettings settings, CatalogueStep catalogue) {
        this.catalogue = catalogue;
        this.store = store;
        this.publicUrl = publicUrl;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean voidOnly = req.getServletPath().equals("/void");
        String profileToken = req.getParameter("profile");
        CatalogProfile profile = profileToken == null ? CatalogProfile.DCAT_AP_SE : CatalogProfile.ofToken(profileToken);
        if (profile == null) {
            JsonResponses.error(resp, 400, "unknown profile '" + profileToken + "' (dcat-ap-se or dcat-ap)");
            return;
        }
        String base = publicUrl != null ? publicUrl : baseOf(req);
        String self = base + req.getServletPath() + (profileToken == null ? "" : "?profile=" + profile.token());
        String mediaType = (voidOnly ? VOID : CATALOG).choose(req, resp, self);
        if (mediaType == null)
            return;
        // Before the server brought the stored record current, the counts may not be known: take them from it now.
        catalogue.bringCurrent();
        Graph record = voidOnly ? CatalogRecord.voidOnly(store, base) : CatalogRecord.build(store, base, settings, profile);
        resp.setStatus(200);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(mediaType + "; charset=utf-8");
        resp.getWriter().write(RDFWriter.source(record).format(RdfNegotiation.formatOf(mediaType)).asString());
    }

    /** The request's own base URL, when no public URL is configured; a strange Host header falls back to localhost. */
    static String baseOf(HttpServletRequest req) {
        String host = req.getServerName();
        if (host == null || !host.matches("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+]"))
            host = "localhost";
        return req.getScheme() + "://" + host + ":" + req.getServerPort();
    }
}
