package se.lsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.lsgraph.load.BundleInstaller;
import se.lsgraph.store.GraphStore;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole database (all named graphs) to stdout or a file.")
final class ExportCommand implements Callable<Integer> {
    enum Format { nquads, trig, turtle, jsonld }

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--format", defaultValue = "nquads",
            description = "nquads, trig, jsonld (named graphs kept) or turtle (the union of all graphs). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--gzip", description = "Compress the output with gzip.")
    boolean gzip;

    @Override
    public Integer call() throws IOException {
        try (GraphStore store = database.open()) {
            if (database.isDefaultDb())
                new BundleInstaller(store, System.err).ensureCurrent(database.bundle());
            try (OutputStream out = open()) {
                store.read(dsg -> {
                    switch (format) {
                        case nquads -> RDFDataMgr.write(out, dsg, Lang.NQUADS);
                        case trig -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_BLOCKS);
                        case jsonld -> RDFDataMgr.write(out, dsg, RDFFormat.JSONLD11);
                        case turtle -> RDFDataMgr.write(out, dsg.getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
                    }
                    return null;
                });
            }
        }
        return ExitCodes.OK;
    }

    private OutputStream open() throws IOException {
        OutputStream raw = output == null ? new NonClosing(System.out) : Files.newOutputStream(output);
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
