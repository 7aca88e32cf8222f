package se.lsgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.store.GraphStore;

/**
 * What a full build keeps from one batch of hits to the next is bounded, not per hit: its walk keeps
 * at most so many lookups of each kind however many hits it walked, and reads the same rows as a
 * walk that keeps them all; its Lucene writer holds no delete term per hit written.
 */
class FullBuildKeepsNoHitStateTest {
    /** Lookups of each kind the small walk keeps: far fewer than the bundled graph's 420 hits. */
    private static final int KEPT = 16;
    /** Kinds of lookups: labels, twin labels, superclasses, and closures by subclass, broader, within, suborganisation. */
    private static final int KINDS = 7;
    private static GraphStore store;

    @BeforeAll
    static void bundledGraph() {
        store = GraphStore.inMemory();
        new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theWalkKeepsABoundedNumberOfLookupsAndReadsTheSameRows() {
        store.read(dsg -> {
            StoreWalk small = new StoreWalk(dsg.getUnionGraph(), KEPT);
            StoreWalk all = new StoreWalk(dsg.getUnionGraph(), Integer.MAX_VALUE);
            BuildBudget budget = BuildBudget.of(Duration.ofMinutes(1));
            List<Integer> kept = new ArrayList<>();
            long[] hits = {0};
            Set<String> inBatches = new TreeSet<>();
            small.entryPointsInBatches(7, batch -> {
                inBatches.addAll(keys(small.rows(batch, List.of(), budget, p -> {}, n -> {})));
                kept.add(small.lookupsKept());
                hits[0] += batch.size();
            });
            small.regionSaidInBatches(7, batch -> {
                inBatches.addAll(keys(small.rows(List.of(), batch, budget, p -> {}, n -> {})));
                kept.add(small.lookupsKept());
                hits[0] += batch.size();
            });
            Set<String> inOnePass = new TreeSet<>(keys(all.rows(all.entryPoints(), all.regionSaid(), budget, p -> {}, n -> {})));
            assertEquals(420, hits[0]);
            // 420 hits in batches of 7, the entry points' and what the region said apart
            assertEquals(61, kept.size());
            assertTrue(kept.stream().allMatch(n -> n <= KEPT * KINDS), "lookups kept after each batch: " + kept);
            assertTrue(all.lookupsKept() > KEPT * KINDS, "the walk that keeps all keeps more: " + all.lookupsKept());
            assertEquals(inOnePass, inBatches);
            return null;
        });
    }

    @Test
    void theNewIndexIsWrittenWithoutADeleteTermPerHit() throws IOException {
        try (FinderIndex index = FinderIndex.inMemory(); IndexRewrite rewrite = index.rewrite()) {
            long[] written = {0};
            StoreDocuments.readAll(store, StoreDocuments.countHits(store), 7, BuildBudget.of(Duration.ofMinutes(1)), p -> {},
                    n -> {}, docs -> {
                        try {
                            rewrite.write(docs);
                            written[0] += docs.size();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            assertEquals(420, written[0]);
            assertFalse(rewrite.holdsDeletions(), "no delete term buffered for the hits written");
        }
    }

    /** Every row of every reading query as text, with its query's name. */
    private static List<String> keys(StoreWalk.Rows rows) {
        List<String> out = new ArrayList<>();
        add(out, "entryTexts", rows.entryTexts());
        add(out, "entryCards", rows.entryCards());
        add(out, "entryFilters", rows.entryFilters());
        add(out, "saidTexts", rows.saidTexts());
        add(out, "saidCards", rows.saidCards());
        return out;
    }

    private static void add(List<String> out, String query, List<Binding> rows) {
        for (Binding b : rows) {
            StringBuilder key = new StringBuilder(query);
            b.vars().forEachRemaining(v -> {
                Node n = b.get(v);
                key.append(' ').append(v.getVarName()).append('=').append(n);
            });
            out.add(key.toString());
        }
    }
}
