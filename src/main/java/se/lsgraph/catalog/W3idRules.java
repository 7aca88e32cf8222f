package se.lsgraph.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The w3id.org redirect rules of the project (an Apache .htaccess for the perma-id/w3id.org
 * repository) sending https://w3id.org/lsgraph/... to the server at a deployment's public URL:
 * the same URL as serve --public-url, so the IRIs and the catalogue record name one server.
 */
public final class W3idRules {
    /** What docs/w3id/.htaccess is written for: .invalid never resolves, so that copy sends nobody anywhere. */
    public static final String PLACEHOLDER_URL = "https://lsgraph.invalid";
    private static final String TEMPLATE = "/lsgraph/w3id/htaccess.template";

    private W3idRules() {}

    /** The rules for the server at {@code publicUrl} (an absolute http(s) URL, as for serve --public-url). */
    public static String forServer(String publicUrl) {
        String base = CatalogRecord.requireBaseUrl(publicUrl);
        if (base.contains("\\") || base.contains("$"))
            throw new IllegalArgumentException("not a usable public URL for rewrite rules: " + publicUrl);
        return template().replace("{PUBLIC_URL}", base);
    }

    private static String template() {
        try (InputStream in = W3idRules.class.getResourceAsStream(TEMPLATE)) {
            if (in == null)
                throw new IllegalStateException("Missing " + TEMPLATE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
