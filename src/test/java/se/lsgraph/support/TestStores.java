package se.lsgraph.support;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.load.StagedGraphs;
import se.lsgraph.store.GraphStore;
import se.lsgraph.validate.GraphValidation;

/** Stores for tests: in memory, with the real bundled graph (the jar's ontology/ and data/). */
public final class TestStores {
    private static StagedGraphs bundle;

    private TestStores() {}

    /** A new in-memory store holding the bundled graph. */
    public static GraphStore bundled() {
        GraphStore store = GraphStore.inMemory();
        new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
        return store;
    }

    /** The bundled graph parsed, not stored. */
    public static synchronized StagedGraphs bundle() {
        if (bundle == null)
            bundle = BundleInstaller.stage(BundleSources.fromClasspath());
        return bundle;
    }

    public static GraphValidation validation() {
        return BundleInstaller.validationOf(bundle());
    }

    /** Every quad in the store, for before/after comparisons. */
    public static Set<Quad> snapshot(GraphStore store) {
        return store.read(dsg -> {
            Set<Quad> quads = new HashSet<>();
            dsg.find().forEachRemaining(quads::add);
            return quads;
        });
    }
}
