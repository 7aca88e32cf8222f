package se.lsgraph.server.limits;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * ARQ's REGEX and REPLACE run a match to its end whatever the timeout says. After ARQ's usual
 * optimisation, this rewrite swaps them for versions that stop when the query is cancelled. It is
 * also refuses calls of functions that are not registered (a {@code java:} IRI would load a class). It is
 * set on a dataset's context, so it covers queries and the WHERE part of updates on that dataset.
 */
public final class BoundedRegexRewrite {
    private BoundedRegexRewrite() {}

    public static void install(Context datasetContext) {
        RewriteFactory standard = Optimize.getFactory();
        // The swap comes first: the optimiser folds constant expressions, so an unswapped REGEX over
        // constants would run, unbounded, while the query is being optimised.
        RewriteFactory bounded = context -> {
            var rewrite = standard.create(context);
            Swap swap = new Swap(new RegexBudget(RegexBudget.WHILE_FOLDING));
            return op -> rewrite.rewrite(Transformer.transform(new TransformCopy(), swap, op));
        };
        datasetContext.set(ARQConstants.sysOptimizerFactory, bounded);
    }

    private static final class Swap extends ExprTransformCopy {
        private final RegexBudget budget;

        Swap(RegexBudget budget) {
            this.budget = budget;
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex)
                return new BoundedRegex(args, budget);
            if (func instanceof E_StrReplace)
                return new BoundedReplace(args, budget);
            // Swapped before the optimiser folds constants, which would look the function up (and
            // load a java: class) outside the endpoint's own registry.
            if (func instanceof E_Function call && !FunctionRegistry.get().isRegistered(call.getFunctionIRI()))
                return new RefusedFunction(call.getFunctionIRI(), args);
            return super.transform(func, args);
        }
    }
}
