package se.lsgraph.server.pages;

/**
 * A value as a page shows it: its text, the language of the text (for the lang attribute; empty
 * when unknown) and the href it may link to (null: shown as text; see {@link SafeLink}).
 */
public record Term(String text, String lang, String href) {
    public static Term ofIri(String iri, String label, String labelLang) {
        return new Term(label != null ? label : shortName(iri), label != null ? labelLang : "", SafeLink.href(iri));
    }

    public static Term text(String text, String lang) {
        return new Term(text, lang == null ? "" : lang, null);
    }

    public boolean isLink() {
        return href != null;
    }

    /** The last segment of an IRI: a readable stand-in when the graph gives no label. */
    static String shortName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
