package se.lsgraph.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;

import se.lsgraph.search.SearchIndex;
import se.lsgraph.store.GraphStore;

/**
 * SPARQL's text:query over the store: the dataset's context holds a stand-in that builds the
 * jena-text index on its first call (and again after the store changed), so that the server
 * answers SPARQL at once after start-up. The finder has its own index (see BackgroundFinder).
 */
final class TextQueryIndex {
    private final StoreDerived<SearchIndex> index;

    private TextQueryIndex(GraphStore store) {
        this.index = new StoreDerived<>(store, SearchIndex::build);
    }

    static void install(GraphStore store) {
        TextQueryIndex onDemand = new TextQueryIndex(store);
        store.dataset().getContext().set(TextQuery.textIndex, onDemand.proxy());
    }

    private TextIndex proxy() {
        return (TextIndex) Proxy.newProxyInstance(TextIndex.class.getClassLoader(), new Class<?>[] {TextIndex.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class && method.getName().equals("toString"))
                        return "text index (built on first use)";
                    try {
                        return method.invoke(index.get().textIndex(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
