package se.lsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.NodeFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lsgraph.link.LinkResult;
import se.lsgraph.link.Linker;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Match a loaded registry graph's records against lsgraph's organisations (by identifier, "
                + "then by name) and print the matches, ambiguities and misses. Nothing is merged.")
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--graph", required = true, paramLabel = "NAME_OR_IRI",
            description = "The registry graph: a source name (e.g. ror-v2) or a graph IRI.")
    String graph;

    @Override
    public Integer call() {
        String iri = graph.contains(":") ? graph : Ids.GRAPH + graph;
        List<LinkResult> results;
        try (GraphStore store = database.open()) {
            if (!store.graphNames().contains(NodeFactory.createURI(iri)))
                throw new IllegalArgumentException("no graph <" + iri + "> in " + store.description());
            results = Linker.link(store, NodeFactory.createURI(iri));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-9s | %-60s | %-40s | %s%n", "status", "record", "name", "organisation(s) (via)");
        for (LinkResult r : results)
            out.printf("%-9s | %-60s | %-40s | %s%s%n", r.status().name().toLowerCase(), r.record(), r.name(),
                    String.join(", ", r.organisations()), r.via().isEmpty() ? "" : " (" + r.via() + ")");
        long matches = results.stream().filter(r -> r.status() == LinkResult.Status.MATCH).count();
        long ambiguous = results.stream().filter(r -> r.status() == LinkResult.Status.AMBIGUOUS).count();
        out.printf("%d records: %d matched, %d ambiguous, %d missed%n", results.size(), matches, ambiguous,
                results.size() - matches - ambiguous);
        return ExitCodes.OK;
    }
}
