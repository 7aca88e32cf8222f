package se.lsgraph.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The standards' own conformance material, from a folder laid out as ../shared/validators (see its
 * README): SEMIC's DCAT-AP 3.0.0 SHACL shapes, as the combined file and as the modular set, and
 * DIGG's DCAT-AP-SE 3.0.1 templates. Nothing of it is bundled: the folder is given at run time.
 */
public final class PublishedValidators {
    /** The modular DCAT-AP 3.0.0 shape files (the imports files only name ontologies to fetch, so are left out). */
    public static final List<String> MODULAR = List.of("shapes.ttl", "range.ttl", "shapes_recommended.ttl",
            "mdr-vocabularies.shape.ttl", "deprecateduris.ttl");
    public static final String COMBINED = "dcat-ap-SHACL.ttl";

    private final Path folder;

    public PublishedValidators(Path folder) {
        if (!Files.isDirectory(folder.resolve("dcat-ap-3.0.0")) || !Files.isRegularFile(folder.resolve("dcat-ap-se-3.0.1/bundle.json")))
            throw new IllegalArgumentException(folder + " does not hold dcat-ap-3.0.0/ and dcat-ap-se-3.0.1/bundle.json");
        this.folder = folder;
    }

    /** One SHACL result, in words: severity, focus node, path, message. */
    public record ShapeResult(String severity, String focus, String path, String message) {
        @Override
        public String toString() {
            return severity + " " + focus + " " + path + ": " + message;
        }
    }

    public List<ShapeResult> semicCombined(Graph record) {
        return validate(record, List.of(COMBINED));
    }

    public List<ShapeResult> semicModular(Graph record) {
        return validate(record, MODULAR);
    }

    public List<ProfileCheck.Finding> dcatApSe(Graph record) {
        return new ProfileCheck(ProfileTemplates.read(folder.resolve("dcat-ap-se-3.0.1/bundle.json"))).check(record);
    }

    private List<ShapeResult> validate(Graph record, List<String> files) {
        Graph shapes = GraphFactory.createDefaultGraph();
        for (String f : files)
            RDFDataMgr.read(shapes, folder.resolve("dcat-ap-3.0.0").resolve(f).toString());
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), record);
        List<ShapeResult> out = new ArrayList<>();
        report.getEntries().forEach(e -> out.add(new ShapeResult(e.severity().level().getLocalName(), e.focusNode().toString(),
                String.valueOf(e.resultPath()), e.message())));
        return out;
    }
}
