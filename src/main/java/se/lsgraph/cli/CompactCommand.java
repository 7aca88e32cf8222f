package se.lsgraph.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lsgraph.store.GraphStore;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact the database: TDB2 keeps the space of every replaced or aborted write until it is "
                + "compacted. Stop the server first; the data is unchanged.")
final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() {
        try (GraphStore store = database.open()) {
            long[] bytes = store.compact();
            spec.commandLine().getOut().printf("Compacted %s: %,d bytes before, %,d bytes after%n",
                    store.description(), bytes[0], bytes[1]);
        }
        return ExitCodes.OK;
    }
}
