package se.lsgraph.bench;

import java.nio.file.Path;

import se.lsgraph.query.NamedQuery;
import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.query.QueryRunner;
import se.lsgraph.store.GraphStore;

/** lsgraph in-process: its store opened read-only and the catalogue run as {@code lsgraph query NAME} runs it. */
final class CompareLsgraph implements ComparePeer {
    private final GraphStore store;
    private final QueryCatalogue catalogue = QueryCatalogue.bundled();

    CompareLsgraph(Path db) {
        this.store = GraphStore.openReadOnly(db);
        // As the server does: the timeout in the dataset's context stops every query there.
        store.dataset().getContext().set(org.apache.jena.query.ARQ.queryTimeout, CompareBenchmark.STORE_TIMEOUT_SECONDS * 1000);
    }

    @Override
    public long rows(String query) {
        NamedQuery q = catalogue.get(query).orElseThrow();
        return QueryRunner.run(store, q, CompareCatalogue.exampleParams(q)).rows().size();
    }

    @Override
    public long size() {
        return store.read(dsg -> dsg.stream().count());
    }

    @Override
    public void close() {
        store.close();
    }
}
