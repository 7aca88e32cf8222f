package se.lsgraph.server.pages;

/**
 * A value as a page shows it: its text, the language of the text (for the lang attribute; empty
 * when unknown), the href it may link to (null: shown as text; see {@link SafeLink}) and whether
 * the text is an English name lsgraph gave itself (no official graph states it) rather than one a
 * source gives, which the page marks as such.
 */
public record Term(String text, String lang, String href, boolean byLsgraph) {
    public Term(String text, String lang, String href) {
        this(text, lang, href, false);
    }

    public static Term ofIri(String iri, String label, String labelLang) {
        return ofIri(iri, label, labelLang, false);
    }

    public static Term ofIri(String iri, String label, String labelLang, boolean byLsgraph) {
        return new Term(label != null ? label : shortName(iri), label != null ? labelLang : "", SafeLink.href(iri),
                label != null && byLsgraph);
    }

    public static Term text(String text, String lang) {
        return new Term(text, lang == null ? "" : lang, null);
    }

    /** The same text, marked as an English name by lsgraph. */
    Term markedByLsgraph() {
        return new Term(text, lang, href, true);
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
