package se.lsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.Loader;
import se.lsgraph.load.MappingFile;
import se.lsgraph.load.StagedGraphs;
import se.lsgraph.load.ValidationFailedException;
import se.lsgraph.store.GraphStore;
import se.lsgraph.validate.GraphValidation;
import se.lsgraph.validate.ShapesValidator;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check files (or, with no files, the bundled graph) against the SHACL shapes. "
                + "Exits 1 and names each shape and resource when anything breaks a shape.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--mapping", paramLabel = "FILE", description = "JSON mapping for CSV or JSON files.")
    String mapping;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files to check, together with the database given by --db.")
    List<Path> files;

    @Option(names = "--catalog", description = "Check the catalogue record instead: names every mandatory field it lacks "
            + "(DCAT-AP-SE; with --validators also DCAT-AP 3.0.0's SHACL shapes).")
    boolean catalog;

    @Option(names = "--catalog-settings", paramLabel = "FILE", description = "The deployment's catalogue settings (as for serve).")
    Path catalogSettings;

    @Option(names = "--validators", paramLabel = "DIR",
            description = "The standards' published validators (laid out as ../shared/validators: dcat-ap-3.0.0/, dcat-ap-se-3.0.1/).")
    Path validators;

    @Option(names = "--public-url", paramLabel = "URL", defaultValue = "http://localhost:3030",
            description = "Where the graph is served, for the record (default: ${DEFAULT-VALUE}).")
    String publicUrl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (catalog)
            return new CatalogValidation(out, database, catalogSettings, validators, publicUrl).run();
        StagedGraphs bundle = BundleInstaller.stage(database.bundle());
        GraphValidation validation = BundleInstaller.validationOf(bundle);
        List<ShapesValidator.Violation> violations;
        if (files == null || files.isEmpty()) {
            try (GraphStore scratch = GraphStore.inMemory()) {
                violations = scratch.read(dsg -> validation.validate(bundle.graphs(), dsg, List.of()));
            }
        } else {
            violations = validateFiles(validation);
        }
        if (violations.isEmpty()) {
            out.println("Valid: no SHACL violations.");
            return ExitCodes.OK;
        }
        throw new ValidationFailedException(violations);
    }

    private List<ShapesValidator.Violation> validateFiles(GraphValidation validation) {
        try (GraphStore store = database.db == null ? GraphStore.inMemory() : database.open()) {
            Loader loader = new Loader(store, validation, null);
            StagedGraphs staged = loader.stage(files, null, mapping == null ? null : MappingFile.resolve(mapping));
            try {
                loader.validate(staged);
                return List.of();
            } catch (ValidationFailedException e) {
                return e.violations();
            }
        }
    }
}
