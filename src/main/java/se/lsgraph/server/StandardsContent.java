package se.lsgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;

import se.lsgraph.catalog.CatalogSettings;
import se.lsgraph.export.DumpFiles;
import se.lsgraph.reconcile.ReconcileLimits;
import se.lsgraph.store.GraphStore;

/**
 * What is served for other people's tools: the catalogue record and VoID for harvesters, the dumps,
 * the reconciliation service for OpenRefine, the SPARQL service description; cross-origin access on
 * every read-only path, and TRACE refused everywhere.
 */
final class StandardsContent {
    private StandardsContent() {}

    /** Adds the servlets and filters; the returned dump files are to be closed with the server. */
    static DumpFiles configure(FusekiServer.Builder fuseki, GraphStore store, String publicUrl, CatalogSettings settings,
            CatalogueStep catalogue, ReconcileLimits reconcileLimits) {
        fuseki.addFilter("/*", new ProtocolHygieneFilter());
        CorsFilter cors = new CorsFilter();
        for (String path : CorsFilter.READ_ONLY_PATHS)
            fuseki.addFilter(path, cors);
        ServiceDescriptionFilter description = new ServiceDescriptionFilter(store, publicUrl);
        for (String endpoint : new String[] {LsgraphServer.DATASET, LsgraphServer.DATASET + "/sparql", LsgraphServer.DATASET + "/query"})
            fuseki.addFilter(endpoint, description);
        fuseki.addFilter("/id/*", new ResourceNegotiationFilter(store));
        fuseki.addFilter(LsgraphServer.DATASET + "/gsp-rw", new SystemGraphGuard());
        SparqlErrorFilter errors = new SparqlErrorFilter();
        for (String endpoint : new String[] {"", "/sparql", "/query", "/update", "/data", "/get", "/gsp-rw"})
            fuseki.addFilter(LsgraphServer.DATASET + endpoint, errors);
        CatalogServlet catalog = new CatalogServlet(store, publicUrl, settings, catalogue);
        fuseki.addServlet("/catalog", catalog);
        fuseki.addServlet("/void", catalog);
        DumpFiles dumps = new DumpFiles(store);
        fuseki.addServlet("/dumps/*", new DumpServlet(dumps));
        OntologyServlet ontology = new OntologyServlet(store);
        fuseki.addServlet("/ontology", ontology);
        fuseki.addServlet("/ontology/*", ontology);
        fuseki.addServlet("/ontology.ttl", ontology);
        CrawlerServlet crawler = new CrawlerServlet(store, publicUrl);
        fuseki.addServlet("/robots.txt", crawler);
        fuseki.addServlet("/sitemap.xml", crawler);
        ReconcileServlet reconcile = new ReconcileServlet(store, reconcileLimits);
        fuseki.addServlet("/reconcile", reconcile);
        fuseki.addServlet("/reconcile/*", reconcile);
        return dumps;
    }
}
