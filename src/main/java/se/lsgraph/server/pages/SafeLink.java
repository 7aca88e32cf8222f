package se.lsgraph.server.pages;

import java.util.Locale;

import se.lsgraph.vocab.Ids;

/**
 * The href a page may give an IRI from the data: lsgraph's own resources as local pages (/id/...),
 * http(s) and mailto as they are, anything else (javascript:, data:, file:, urn:, ...) none at all,
 * so that the page shows it as text.
 */
public final class SafeLink {
    private SafeLink() {}

    /** The href, or null when the IRI must not be a link. */
    public static String href(String iri) {
        if (iri == null)
            return null;
        if (iri.startsWith(Ids.RESOURCE))
            return "/id/" + iri.substring(Ids.RESOURCE.length());
        String lower = iri.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))
            return iri.strip();
        return null;
    }
}
