package se.lsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import se.lsgraph.load.InputRejectedException;
import se.lsgraph.load.ValidationFailedException;
import se.lsgraph.store.StoreException;

/** Turns exceptions into one clear message on stderr and an exit code; no stack traces for users. */
final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        var err = cmd.getErr();
        if (e instanceof InputRejectedException || e instanceof ValidationFailedException) {
            err.println("lsgraph: rejected, nothing was changed: " + e.getMessage());
            return ExitCodes.REJECTED;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("lsgraph: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (e instanceof StoreException) {
            err.println("lsgraph: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        err.println("lsgraph: failed: " + e);
        if (System.getenv("LSGRAPH_DEBUG") != null)
            e.printStackTrace(err);
        return ExitCodes.FAILURE;
    }
}
