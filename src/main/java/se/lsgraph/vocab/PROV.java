package se.lsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms lsgraph's Java code uses. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Property used = property("used");
    public static final Property generated = property("generated");
    public static final Property endedAtTime = property("endedAtTime");

    private PROV() {}

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
