package se.lsgraph.server;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;

import se.lsgraph.store.GraphStore;

/** The pages served beside SPARQL: static files bundled under lsgraph/web (the query editor). */
final class WebContent {
    private static final String STATIC_ROOT = "lsgraph/web";

    private WebContent() {}

    static void configure(FusekiServer.Builder fuseki, GraphStore store) {
        URL root = WebContent.class.getClassLoader().getResource(STATIC_ROOT);
        if (root == null)
            throw new IllegalStateException("Bundled web pages are missing (" + STATIC_ROOT + ")");
        fuseki.staticFileBase(staticBase(root));
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
