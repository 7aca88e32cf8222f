package se.lsgraph.server.limits;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/** How long one regular-expression call may run: never past the query's cancellation, nor past the query timeout on its own. */
final class RegexBudget {
    static final Duration WITHOUT_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Constant folding happens while the query is optimised, before its own timeout (which a client
     * may set lower than the server's) is running. A call that cannot be decided this quickly is left
     * unfolded (ARQ keeps an expression whose folding throws) and runs under the query's timeout.
     */
    static final Duration WHILE_FOLDING = Duration.ofMillis(100);

    private final Duration outsideExecution;

    /** @param outsideExecution the budget when there is no execution to ask, as when the optimiser folds constants */
    RegexBudget(Duration outsideExecution) {
        this.outsideExecution = outsideExecution;
    }

    CharSequence bounded(String text, FunctionEnv env) {
        AtomicBoolean cancelled = env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
        Duration budget = env == null || env.getContext() == null ? outsideExecution : timeout(env.getContext());
        return new CancellableText(text, cancelled, System.nanoTime() + budget.toNanos());
    }

    /** ARQ's timeout setting is "N" or "first,overall" milliseconds; the overall one bounds a single match. */
    static Duration timeout(Context context) {
        Object setting = context.get(ARQ.queryTimeout);
        if (setting == null)
            return WITHOUT_TIMEOUT;
        String[] parts = setting.toString().split(",");
        try {
            long millis = Long.parseLong(parts[parts.length - 1].strip());
            return millis > 0 ? Duration.ofMillis(millis) : WITHOUT_TIMEOUT;
        } catch (NumberFormatException e) {
            return WITHOUT_TIMEOUT;
        }
    }

    boolean matches(Pattern pattern, String text, FunctionEnv env) {
        return pattern.matcher(bounded(text, env)).find();
    }
}
