package se.lsgraph.server.limits;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL REGEX(text, pattern [, flags]) with Java's regex engine, stopped by the query's time budget. */
final class BoundedRegex extends ExprFunctionN {
    private static final String NAME = "regex";

    private final RegexBudget budget;

    BoundedRegex(ExprList args, RegexBudget budget) {
        super(NAME, args);
        this.budget = budget;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = StringArgument.lexicalForm("REGEX", args.get(0));
        Pattern pattern = pattern(args);
        return NodeValue.booleanReturn(budget.matches(pattern, text, env));
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    private static Pattern pattern(List<NodeValue> args) {
        NodeValue pattern = args.get(1);
        if (!pattern.isString())
            throw new ExprEvalException("REGEX: pattern is not a string: " + pattern);
        String flags = null;
        if (args.size() == 3) {
            if (!args.get(2).isString())
                throw new ExprEvalException("REGEX: flags are not a string: " + args.get(2));
            flags = args.get(2).getString();
        }
        return RegexEngine.makePattern("REGEX", pattern.getString(), flags);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedRegex(newArgs, budget);
    }
}
