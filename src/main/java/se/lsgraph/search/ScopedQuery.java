package se.lsgraph.search;

import java.util.Collection;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

import se.lsgraph.query.BundledSparql;

/**
 * A bundled query whose empty top-level {@code VALUES ?var {}} block is filled with the IRIs it is
 * asked about: the block stays first in the pattern, so the store is looked up for those resources
 * only, not scanned whole.
 */
final class ScopedQuery {
    private ScopedQuery() {}

    static Query of(String name, String var, Collection<String> iris) {
        Query query = QueryFactory.create(BundledSparql.text(name));
        ElementData values = valuesOf(query, Var.alloc(var));
        for (String iri : iris)
            values.add(BindingFactory.binding(Var.alloc(var), NodeFactory.createURI(iri)));
        return query;
    }

    private static ElementData valuesOf(Query query, Var var) {
        if (query.getQueryPattern() instanceof ElementGroup group)
            for (Element e : group.getElements())
                if (e instanceof ElementData data && data.getVars().equals(java.util.List.of(var)))
                    return data;
        throw new IllegalStateException("bundled query has no top-level VALUES ?" + var.getVarName() + " {} block to fill");
    }
}
