package se.lsgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.ExprTransform;
import org.apache.jena.sparql.graph.NodeTransform;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformSubst;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformNodeElement;
import org.apache.jena.sparql.syntax.syntaxtransform.NodeTransformSubst;

/**
 * Puts parameter values into a parsed SELECT so that the result is plain SPARQL 1.1 on any store: the
 * pattern gets the constants, and {@code VALUES} at its start keeps each variable bound for the
 * clauses outside the pattern. The parsed query is not changed.
 */
final class ParameterValues {
    private ParameterValues() {}

    static Query substitute(Query parsed, Map<Var, Node> bindings) {
        Query bound = parsed.cloneQuery();
        bound.setQueryPattern(withValues(constantsIn(parsed.getQueryPattern(), bindings), bindings));
        // A parameter is a column of the answer even when the SELECT does not list it (as in Jena's
        // own substitution), so that every row says which value it answers for.
        // In a grouped query the column is also a group key (one value, so the groups stay the same).
        if (!bound.isQueryResultStar())
            for (Var v : bindings.keySet())
                if (!bound.getProjectVars().contains(v)) {
                    if (bound.hasAggregators() && !bound.hasGroupBy())
                        throw new IllegalStateException("cannot add " + v + " to a query aggregated without GROUP BY");
                    bound.addResultVar(v);
                    if (bound.hasGroupBy())
                        bound.addGroupBy(v);
                }
        return bound;
    }

    private static Element constantsIn(Element pattern, Map<Var, Node> bindings) {
        NodeTransform nodes = new NodeTransformSubst(bindings);
        ElementTransform elements = new ElementTransformSubst(bindings);
        ExprTransform exprs = new ExprTransformNodeElement(nodes, elements);
        return ElementTransformer.transform(pattern, elements, exprs);
    }

    private static ElementGroup withValues(Element pattern, Map<Var, Node> bindings) {
        List<Var> vars = new ArrayList<>(bindings.keySet());
        BindingBuilder row = BindingBuilder.create();
        vars.forEach(v -> row.add(v, bindings.get(v)));
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementData(vars, List.of(row.build())));
        if (pattern instanceof ElementGroup g)
            g.getElements().forEach(group::addElement);
        else
            group.addElement(pattern);
        return group;
    }
}
