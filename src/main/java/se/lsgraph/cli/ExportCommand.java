package se.lsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lsgraph.catalog.CatalogProfile;
import se.lsgraph.catalog.CatalogRecord;
import se.lsgraph.catalog.CatalogSettings;
import se.lsgraph.export.DumpFormat;
import se.lsgraph.load.BundleInstaller;
import se.lsgraph.store.GraphStore;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole database (all named graphs) to stdout or a file, or every dump with the "
                + "DCAT catalogue record and VoID description into a folder (--output-dir).")
final class ExportCommand implements Callable<Integer> {
    enum Format {
        nquads(DumpFormat.NQUADS), trig(DumpFormat.TRIG), turtle(DumpFormat.TURTLE), jsonld(DumpFormat.JSONLD);

        final DumpFormat dump;

        Format(DumpFormat dump) {
            this.dump = dump;
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--format", defaultValue = "nquads",
            description = "nquads, trig, jsonld (named graphs kept) or turtle (the union of all graphs). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write lsgraph.nq, .trig, .ttl, .jsonld, catalog.rdf (DCAT-AP-SE), catalog-dcat-ap.rdf (DCAT-AP) and void.ttl into DIR.")
    Path outputDir;

    @Option(names = "--public-url", paramLabel = "URL", defaultValue = "http://localhost:3030",
            description = "Where the graph is served, for the catalogue record (default: ${DEFAULT-VALUE}).")
    String publicUrl;

    @Option(names = "--catalog-settings", paramLabel = "FILE",
            description = "Publisher and contact for the catalogue record (properties: publisher.name, publisher.type, "
                    + "publisher.organisation-number, contact.email); see docs/standards.md.")
    Path catalogSettings;

    @Option(names = "--gzip", description = "Compress the dumps with gzip.")
    boolean gzip;

    @Override
    public Integer call() throws IOException {
        try (GraphStore store = database.open()) {
            if (database.keepsBundleCurrent())
                new BundleInstaller(store, System.err).ensureCurrent(database.bundle());
            if (outputDir != null) {
                writeAll(store);
                return ExitCodes.OK;
            }
            try (OutputStream out = open(output == null ? null : output)) {
                dump(store, format.dump, out);
            }
        }
        return ExitCodes.OK;
    }

    private void writeAll(GraphStore store) throws IOException {
        Files.createDirectories(outputDir);
        for (DumpFormat f : DumpFormat.values()) {
            Path file = outputDir.resolve("lsgraph." + f.extension() + (gzip ? ".gz" : ""));
            try (OutputStream out = open(file)) {
                dump(store, f, out);
            }
            spec.commandLine().getOut().println("Wrote " + file);
        }
        CatalogSettings settings = catalogSettings == null ? CatalogSettings.NONE : CatalogSettings.read(catalogSettings);
        for (CatalogProfile profile : CatalogProfile.values()) {
            var record = CatalogRecord.build(store, publicUrl, settings, profile);
            Path file = outputDir.resolve(profile == CatalogProfile.DCAT_AP_SE ? "catalog.rdf" : "catalog-" + profile.token() + ".rdf");
            Files.writeString(file, RDFWriter.source(record).format(RDFFormat.RDFXML_PRETTY).asString());
            spec.commandLine().getOut().println("Wrote " + file);
        }
        Files.writeString(outputDir.resolve("void.ttl"),
                RDFWriter.source(CatalogRecord.voidOnly(store, publicUrl)).format(RDFFormat.TURTLE_BLOCKS).asString());
        spec.commandLine().getOut().println("Wrote " + outputDir.resolve("void.ttl"));
        for (String missing : settings.missingMandatory())
            spec.commandLine().getErr().println("Catalogue record lacks " + missing);
    }

    private static void dump(GraphStore store, DumpFormat f, OutputStream out) {
        store.read(dsg -> {
            f.write(dsg, out);
            return null;
        });
    }

    private OutputStream open(Path file) throws IOException {
        OutputStream raw = file == null ? new NonClosing(System.out) : Files.newOutputStream(file);
        OutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
        return gzip ? new GZIPOutputStream(buffered) : buffered;
    }

    /** Lets us close our wrappers (flushing gzip) without closing stdout. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
