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
    public static final Property sourceRepository = property("sourceRepository");
    public static final Property sourceCommit = property("sourceCommit");
    public static final Property sourcePath = property("sourcePath");

    // Places, offerings and curation notes (organisations.ttl, infrastructures.ttl, documents.ttl)
    public static final Property locatedIn = property("locatedIn");
    public static final Property operatedBy = property("operatedBy");
    public static final Property curationNote = property("curationNote");

    private LSG() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
