package se.lsgraph.server.limits;

import java.util.List;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;

/** Stands in for a call of a function the public endpoint does not offer: it evaluates as an error, never loading anything. */
final class RefusedFunction extends ExprFunctionN {
    private final String iri;

    RefusedFunction(String iri, ExprList args) {
        super(iri, args);
        this.iri = iri;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("Function <" + iri + "> is not available on this endpoint");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new RefusedFunction(iri, newArgs);
    }
}
