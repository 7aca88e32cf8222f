package se.lsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The lsgraph ontology (ontology/core/*.ttl): the terms Java code refers to, defined once. */
public final class LSG {
    public static final String ONTOLOGY = "https://w3id.org/lsgraph/ontology";
    public static final String NS = ONTOLOGY + "#";

    // Loading provenance (ontology/core/loading.ttl)
    public static final Resource Load = resource("Load");
    public static final Resource Bundle = resource("Bundle");
    public static final Property sha256 = property("sha256");
    public static final Property loaderVersion = property("loaderVersion");
    public static final Property tripleCount = property("tripleCount");
    public static final Property fingerprint = property("fingerprint");

    private LSG() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
