package se.lsgraph.server.pages;

import java.util.Set;

import se.lsgraph.vocab.LSG;

/** The kinds of resource page, each its own template (pages/NAME.html), chosen by the resource's classes. */
public enum ResourceKind {
    CONSULTATION("consultation", LSG.NS + "Consultation", "https://schema.org/Event"),
    DOCUMENT("document", LSG.NS + "Document", "https://schema.org/CreativeWork"),
    STRATEGY_ELEMENT("strategy-element", LSG.NS + "StrategyElement", "https://schema.org/DefinedTerm"),
    OFFERING("offering", LSG.NS + "Offering", "https://schema.org/Service"),
    ORGANISATION("organisation", "http://www.w3.org/ns/org#Organization", "https://schema.org/Organization"),
    OTHER("resource", null, "https://schema.org/Thing");

    private final String template;
    private final String classIri;
    private final String schemaType;

    ResourceKind(String template, String classIri, String schemaType) {
        this.template = template;
        this.classIri = classIri;
        this.schemaType = schemaType;
    }

    public String template() {
        return "pages/" + template;
    }

    /** The schema.org type of the page's JSON-LD. */
    public String schemaType() {
        return schemaType.substring("https://schema.org/".length());
    }

    /** The first kind (in declaration order) whose class is among the resource's classes and superclasses. */
    public static ResourceKind of(Set<String> types) {
        for (ResourceKind k : values())
            if (k.classIri != null && types.contains(k.classIri))
                return k;
        return OTHER;
    }
}
