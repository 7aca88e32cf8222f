package se.lsgraph.server.limits;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.modify.request.UpdateVisitor;

/**
 * SPARQL Update's {@code LOAD <iri>} reads whatever the IRI names: {@code file:///etc/passwd}, or any
 * URL the server can reach. On a dataset with an allow-list, {@code LOAD} is refused unless its IRI
 * starts with one of the listed prefixes ({@code serve --allow-load}); by default the list is empty,
 * so every {@code LOAD} is refused and nothing is read.
 */
public final class LoadAllowList {
    private static final Symbol ALLOWED = Symbol.create("https://w3id.org/lsgraph/ontology#loadAllowList");
    private static final UpdateEngineFactory ENGINE = new Engines();

    private LoadAllowList() {}

    /** Restricts LOAD on the dataset whose context this is to IRIs under the given prefixes. */
    public static synchronized void install(Context datasetContext, List<String> allowedPrefixes) {
        datasetContext.set(ALLOWED, List.copyOf(allowedPrefixes));
        if (!UpdateEngineRegistry.containsFactory(ENGINE))
            UpdateEngineRegistry.addFactory(ENGINE);
    }

    /** Why a LOAD of the source is refused, or null if its IRI is on the list. */
    static String refusal(String source, List<String> allowed) {
        for (String prefix : allowed)
            if (source.startsWith(prefix))
                return null;
        return "LOAD <" + source + "> is refused: " + (allowed.isEmpty()
                ? "this endpoint allows no LOAD (serve --allow-load PREFIX)"
                : "its IRI is not under an allowed prefix " + allowed);
    }

    private static final class Engines implements UpdateEngineFactory {
        @Override
        public boolean accept(DatasetGraph dataset, Context context) {
            return context != null && context.isDefined(ALLOWED);
        }

        @Override
        public UpdateEngine create(DatasetGraph dataset, Binding inputBinding, Context context) {
            List<String> allowed = context.get(ALLOWED);
            return new UpdateEngineMain(dataset, inputBinding, context) {
                @Override
                protected UpdateVisitor prepareWorker() {
                    return new UpdateEngineWorker(dataset, inputBinding, context) {
                        @Override
                        public void visit(UpdateLoad update) {
                            String why = refusal(update.getSource(), allowed);
                            if (why != null)
                                throw new QueryBuildException(why); // Fuseki answers this one with 400 and the message
                            super.visit(update);
                        }
                    };
                }
            };
        }
    }
}
