package se.lsgraph.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private static List<Quad> installedBundle;

    private TestStores() {}

    /**
     * A new in-memory store holding the bundled graph. The first one in a test run is installed as
     * serve installs it (parsed, validated against its shapes, written with its provenance); later
     * ones get a copy of the same quads, since validating an unchanged bundle again tells nothing new
     * and took most of many tests' time.
     */
    public static GraphStore bundled() {
        List<Quad> quads = installedBundle();
        GraphStore store = GraphStore.inMemory();
        store.write(dsg -> quads.forEach(dsg::add));
        return store;
    }

    private static synchronized List<Quad> installedBundle() {
        if (installedBundle == null) {
            try (GraphStore first = GraphStore.inMemory()) {
                new BundleInstaller(first, null).ensureCurrent(BundleSources.fromClasspath());
                installedBundle = first.read(dsg -> {
                    List<Quad> quads = new ArrayList<>();
                    dsg.find().forEachRemaining(quads::add);
                    return List.copyOf(quads);
                });
            }
        }
        return installedBundle;
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
