package se.lsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lsgraph.load.BundleInstaller;
import se.lsgraph.search.EntryPoint;
import se.lsgraph.search.Finder;
import se.lsgraph.search.SearchRequest;
import se.lsgraph.store.GraphStore;

@Command(name = "find", mixinStandardHelpOptions = true,
        description = "Find the infrastructures, test beds, support and programmes that answer a need.")
final class FindCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Parameters(arity = "0..1", paramLabel = "NEED", description = "What you need, in Swedish or English.")
    String need;

    @Option(names = "--kind", description = "Only this kind, e.g. TestBed, PhysicalFacility, Biobank.")
    String kind;

    @Option(names = "--area", paramLabel = "IRI", description = "Only entry points serving this strategy area.")
    String area;

    @Option(names = "--place", paramLabel = "IRI", description = "Only entry points located in this place.")
    String place;

    @Option(names = "--status", description = "existing, ended, proposed or planned.")
    String status;

    @Option(names = "--limit", defaultValue = "10", description = "How many results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("table") && !format.equals("json"))
            throw new IllegalArgumentException("--format must be table or json");
        SearchRequest request = new SearchRequest(need, kind, area, place, status, limit);
        List<EntryPoint> results;
        try (GraphStore store = database.open()) {
            if (database.keepsBundleCurrent())
                new BundleInstaller(store, System.err).ensureCurrent(database.bundle());
            results = Finder.build(store).find(request);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
            return ExitCodes.OK;
        }
        for (EntryPoint e : results) {
            out.printf("%s%n  %s%n", name(e.label()), e.iri());
            line(out, "run by", e.field("owner"));
            line(out, "place", e.field("place"));
            line(out, "offers", e.field("offer"));
            line(out, "status", e.field("status"));
            out.printf("  %-8s %s%n", "way in", e.wayIn() == null ? "unknown" : e.wayIn());
        }
        out.printf("(%d results)%n", results.size());
        return ExitCodes.OK;
    }

    private static void line(PrintWriter out, String title, List<EntryPoint.Labelled> values) {
        out.printf("  %-8s %s%n", title, values.isEmpty() ? "–" : values.stream().map(FindCommand::name).collect(Collectors.joining(", ")));
    }

    private static String name(EntryPoint.Labelled l) {
        return l.sv() != null ? l.sv() : l.en() != null ? l.en() : l.value();
    }
}
