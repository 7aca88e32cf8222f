package se.lsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import se.lsgraph.followup.FollowUpLoad;
import se.lsgraph.load.BundleInstaller;
import se.lsgraph.store.GraphStore;

@Command(name = "follow-up", mixinStandardHelpOptions = true,
        description = "Load an action plan written in the follow-up template (docs/follow-up.md): the measures sheet and "
                + "the indicator values sheet, as CSV. Names are matched to the graph's organisations and strategy "
                + "elements; if any does not match, nothing is loaded and every unmatched name is listed. "
                + "The plan replaces its own graph https://w3id.org/lsgraph/graph/followup-<plan_id>.")
final class FollowUpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Parameters(index = "0", paramLabel = "MEASURES.csv", description = "The measures sheet.")
    Path measures;

    @Parameters(index = "1", paramLabel = "VALUES.csv", description = "The indicator values sheet (header only if there are no values yet).")
    Path values;

    @Override
    public Integer call() {
        var validation = BundleInstaller.validationOf(database.bundle());
        try (GraphStore store = database.open()) {
            FollowUpLoad.Result result = new FollowUpLoad(store, validation, System.err).load(measures, values);
            spec.commandLine().getOut().printf("Loaded %d measures, %d indicators and %d indicator values "
                            + "(%,d triples) into <%s>%n", result.measures(), result.indicators(), result.values(),
                    result.triples(), result.graph().getURI());
        }
        return ExitCodes.OK;
    }
}
