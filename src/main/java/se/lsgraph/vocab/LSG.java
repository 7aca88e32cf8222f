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

    // What the finder reads of each hit (search/StoreWalk): classes and properties of entry points
    // (infrastructures.ttl) and of what the region said (documents.ttl)
    public static final Resource Offering = resource("Offering");
    public static final Resource InnovationEnvironment = resource("InnovationEnvironment");
    public static final Resource Document = resource("Document");
    public static final Property offers = property("offers");
    public static final Property intendedFor = property("intendedFor");
    public static final Property servesArea = property("servesArea");
    public static final Property proposedBy = property("proposedBy");
    public static final Property status = property("status");
    public static final Property wayIn = property("wayIn");
    public static final Property topic = property("topic");
    public static final Property raisedBy = property("raisedBy");
    public static final Property consultedBody = property("consultedBody");
    public static final Property statementText = property("statementText");
    public static final Property quote = property("quote");
    public static final Property currentState = property("currentState");
    public static final Property desiredState = property("desiredState");
    public static final Property developmentNeedsText = property("developmentNeedsText");
    public static final Property regionalStrengths = property("regionalStrengths");
    /** The kinds of thing the region said that the finder shows as its second kind of hit. */
    public static final java.util.List<Resource> REGION_SAID_KINDS = java.util.stream.Stream.of("ConsultationStatement",
            "DevelopmentNeed", "StrategicArea", "PriorityArea", "Goal", "DevelopmentAspect", "StrategicDirection", "Strategy",
            "LetterOfIntent", "Agreement", "Consultation").map(LSG::resource).toList();

    private LSG() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
