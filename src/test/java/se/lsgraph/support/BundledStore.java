package se.lsgraph.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import se.lsgraph.store.GraphStore;

/**
 * An in-memory store with the bundled graph for a whole test class:
 * {@code @RegisterExtension static final BundledStore STORE = new BundledStore();}
 */
public final class BundledStore implements BeforeAllCallback, AfterAllCallback {
    private GraphStore store;

    @Override
    public void beforeAll(ExtensionContext context) {
        store = TestStores.bundled();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        store.close();
    }

    public GraphStore get() {
        return store;
    }
}
