package se.lsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;

import se.lsgraph.catalog.CatalogProfile;
import se.lsgraph.catalog.CatalogRecord;
import se.lsgraph.catalog.CatalogSettings;
import se.lsgraph.catalog.ProfileCheck;
import se.lsgraph.catalog.PublishedValidators;
import se.lsgraph.load.BundleInstaller;
import se.lsgraph.store.GraphStore;

/**
 * validate --catalog: the catalogue record this deployment would publish, checked for the fields only
 * the deployment can fill, and (with --validators) against DCAT-AP-SE's templates and DCAT-AP's
 * shapes. Exit 1 when a mandatory field is missing or a shape is violated, naming each.
 */
final class CatalogValidation {
    private final PrintWriter out;
    private final DatabaseOptions database;
    private final Path settingsFile;
    private final Path validators;
    private final String publicUrl;

    CatalogValidation(PrintWriter out, DatabaseOptions database, Path settingsFile, Path validators, String publicUrl) {
        this.out = out;
        this.database = database;
        this.settingsFile = settingsFile;
        this.validators = validators;
        this.publicUrl = publicUrl;
    }

    int run() {
        CatalogSettings settings = settingsFile == null ? CatalogSettings.NONE : CatalogSettings.read(settingsFile);
        int problems = 0;
        for (String missing : settings.missingMandatory()) {
            out.println("Missing: " + missing);
            problems++;
        }
        if (validators != null)
            problems += checkWithValidators(settings);
        else
            out.println("(Give --validators DIR to check the record against DCAT-AP-SE 3.0.1 and DCAT-AP 3.0.0 too.)");
        out.println(problems == 0 ? "The catalogue record has every mandatory field." : problems + " problem(s) in the catalogue record.");
        return problems == 0 ? ExitCodes.OK : ExitCodes.REJECTED;
    }

    private int checkWithValidators(CatalogSettings settings) {
        PublishedValidators published = new PublishedValidators(validators);
        try (GraphStore store = GraphStore.inMemory()) {
            new BundleInstaller(store, System.err).ensureCurrent(database.bundle());
            Graph se = CatalogRecord.build(store, publicUrl, settings, CatalogProfile.DCAT_AP_SE);
            Graph eu = CatalogRecord.build(store, publicUrl, settings, CatalogProfile.DCAT_AP);
            int problems = 0;
            for (ProfileCheck.Finding f : published.dcatApSe(se)) {
                boolean serious = f.level() != ProfileCheck.Level.RECOMMENDED;
                out.println("DCAT-AP-SE " + f);
                problems += serious ? 1 : 0;
            }
            problems += report("DCAT-AP 3.0.0 (combined)", published.semicCombined(eu));
            problems += report("DCAT-AP 3.0.0 (modular)", published.semicModular(eu));
            return problems;
        }
    }

    private int report(String label, List<PublishedValidators.ShapeResult> results) {
        int violations = 0;
        for (PublishedValidators.ShapeResult r : results) {
            out.println(label + " " + r);
            violations += "Violation".equals(r.severity()) ? 1 : 0;
        }
        return violations;
    }
}
