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

/** SPARQL REPLACE(text, pattern, replacement [, flags]), stopped by the query's time budget like {@link BoundedRegex}. */
final class BoundedReplace extends ExprFunctionN {
    private static final String NAME = "replace";

    private final RegexBudget budget;

    BoundedReplace(ExprList args, RegexBudget budget) {
        super(NAME, args);
        this.budget = budget;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        NodeValue text = args.get(0);
        String flags = args.size() == 4 ? string(args.get(3), "flags") : null;
        Pattern pattern = RegexEngine.makePattern("REPLACE", string(args.get(1), "pattern"), flags);
        if (pattern.matcher("").matches())
            throw new ExprEvalException("REPLACE: the pattern matches the empty string");
        String replaced = pattern.matcher(budget.bounded(StringArgument.lexicalForm("REPLACE", text), env))
                .replaceAll(string(args.get(2), "replacement"));
        String language = text.asNode().getLiteralLanguage();
        return language.isEmpty() ? NodeValue.makeString(replaced) : NodeValue.makeNode(replaced, language, (String) null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    private static String string(NodeValue value, String what) {
        if (!value.isString())
            throw new ExprEvalException("REPLACE: " + what + " is not a string: " + value);
        return value.getString();
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedReplace(newArgs, budget);
    }
}
