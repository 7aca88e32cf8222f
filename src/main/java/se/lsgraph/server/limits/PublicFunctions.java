package se.lsgraph.server.limits;

import java.util.Iterator;

import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Function registries for the public endpoint. ARQ's own registries load any class named in a
 * {@code java:} IRI (or any IRI that maps to a class name) when a query mentions it: an anonymous
 * query could make the server load and run classes by name. These registries answer only the
 * functions and property functions registered when the server started (XPath, ARQ's, jena-text's);
 * any other IRI is an unknown function, which SPARQL evaluates as an error.
 */
public final class PublicFunctions {
    private PublicFunctions() {}

    public static void install(Context datasetContext) {
        FunctionRegistry.set(datasetContext, new Functions(FunctionRegistry.get()));
        PropertyFunctionRegistry.set(datasetContext, new PropertyFunctions(PropertyFunctionRegistry.get()));
    }

    private static final class Functions extends FunctionRegistry {
        Functions(FunctionRegistry registered) {
            for (Iterator<String> it = registered.keys(); it.hasNext(); ) {
                String uri = it.next();
                put(uri, registered.get(uri));
            }
        }

        @Override
        public FunctionFactory get(String uri) {
            return isRegistered(uri) ? super.get(uri) : null;
        }
    }

    private static final class PropertyFunctions extends PropertyFunctionRegistry {
        PropertyFunctions(PropertyFunctionRegistry registered) {
            for (Iterator<String> it = registered.keys(); it.hasNext(); ) {
                String uri = it.next();
                put(uri, registered.get(uri));
            }
        }

        @Override
        public boolean manages(String uri) {
            return isRegistered(uri);
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return isRegistered(uri) ? super.get(uri) : null;
        }
    }
}
