package se.lsgraph.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;

import se.lsgraph.search.Finder;
import se.lsgraph.store.GraphStore;

/**
 * Builds the finder (and its full-text index) on first use, so that the server answers SPARQL at
 * once after start-up, and again after the store changed. SPARQL's text:query finds the index in the dataset's context through a
 * stand-in that builds it on its first call as well.
 */
final class LazyFinder {
    private final StoreDerived<Finder> finder;

    LazyFinder(GraphStore store) {
        this.finder = new StoreDerived<>(store, Finder::build);
        store.dataset().getContext().set(TextQuery.textIndex, textIndexOnDemand());
    }

    Finder get() {
        return finder.get();
    }

    private TextIndex textIndexOnDemand() {
        return (TextIndex) Proxy.newProxyInstance(TextIndex.class.getClassLoader(), new Class<?>[] {TextIndex.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class && method.getName().equals("toString"))
                        return "text index (built on first use)";
                    try {
                        return method.invoke(get().searchIndex().textIndex(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
