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
import se.lsgraph.search.BuildBudget;
import se.lsgraph.search.Finder;
import se.lsgraph.search.FinderBuilder;
import se.lsgraph.search.FinderIndex;
import se.lsgraph.search.RegionStatement;
import se.lsgraph.search.SearchAnswer;
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

    @Option(names = "--lang", description = "Answer in sv or en (default: the need's language).")
    String lang;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("table") && !format.equals("json"))
            throw new IllegalArgumentException("--format must be table or json");
        SearchRequest request = new SearchRequest(need, kind, area, place, status, limit, lang);
        SearchAnswer answer;
        try (GraphStore store = database.open(); FinderIndex index = FinderIndex.of(database.dbPath())) {
            if (database.keepsBundleCurrent())
                new BundleInstaller(store, System.err).ensureCurrent(database.bundle());
            // The index persists next to the database: only the first find (or one after a load) builds it.
            Finder finder = FinderBuilder.build(store, index, BuildBudget.of(BuildBudget.DEFAULT), p -> {});
            try {
                answer = finder.find(request);
            } finally {
                finder.release();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(answer));
            return ExitCodes.OK;
        }
        boolean english = answer.lang().equals("en");
        for (EntryPoint e : answer.results()) {
            out.printf("%s%n  %s%n", name(e.label(), english), e.iri());
            line(out, "run by", e.field("owner"), english);
            line(out, "place", e.field("place"), english);
            line(out, "offers", e.field("offer"), english);
            line(out, "status", e.field("status"), english);
            out.printf("  %-8s %s%n", "way in", e.wayIn() == null ? "unknown" : e.wayIn());
        }
        out.printf("(%d results)%n", answer.count());
        for (SearchAnswer.Suggestion s : answer.suggestions())
            out.printf("No match for \"%s\"; nearest: %s%n", s.word(), String.join(", ", s.nearest()));
        if (!answer.said().isEmpty()) {
            out.println("What the region said:");
            for (RegionStatement r : answer.said())
                out.printf("  %s%n    %s%n", name(r.label(), english), r.iri());
        }
        return ExitCodes.OK;
    }

    private static void line(PrintWriter out, String title, List<EntryPoint.Labelled> values, boolean english) {
        out.printf("  %-8s %s%n", title, values.isEmpty() ? "–"
                : values.stream().map(v -> name(v, english)).collect(Collectors.joining(", ")));
    }

    /** The label in the answer's language, else the other one, else the IRI. */
    private static String name(EntryPoint.Labelled l, boolean english) {
        String first = english ? l.en() : l.sv();
        String second = english ? l.sv() : l.en();
        return first != null ? first : second != null ? second : l.value();
    }
}
