package se.lsgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * A full build of the finder's index reads and writes the hits in batches: built in batches far
 * smaller than the bundled graph's hits it is the index built in one batch (the same hits with the
 * same content and cards, the same filter labels and twins, the same answers), and a re-read of one
 * hit reads exactly that hit, with the document the full build gave it.
 */
class FullBuildInBatchesTest {
    private static final String KTA = Ids.RESOURCE + "offering/karolinska-trial-alliance";
    private static final List<String> NEEDS = List.of("tvillingregister", "kliniska prövningar i Uppsala", "cell therapy",
            "inkubator för medicinteknik");
    private static GraphStore store;
    private static FinderIndex oneBatch;
    private static FinderIndex smallBatches;
    private static FinderBuilder.IndexUpdate oneBatchUpdate;
    private static FinderBuilder.IndexUpdate smallBatchesUpdate;

    @BeforeAll
    static void buildBoth() throws IOException {
        store = GraphStore.inMemory();
        new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
        oneBatch = FinderIndex.inMemory();
        smallBatches = FinderIndex.inMemory();
        oneBatchUpdate = FinderBuilder.update(store, oneBatch, budget(), null, p -> {}, Integer.MAX_VALUE);
        smallBatchesUpdate = FinderBuilder.update(store, smallBatches, budget(), null, p -> {}, 7);
    }

    @AfterAll
    static void close() {
        oneBatch.close();
        smallBatches.close();
        store.close();
    }

    @Test
    void bothReadEveryHitOfTheStore() {
        long hits = StoreDocuments.countHits(store);
        // the bundled graph's hits: 60 batches of 7 and more, so the batches are far smaller than the store
        assertEquals(420, hits);
        assertEquals(FinderBuilder.Work.WHOLE_STORE, smallBatchesUpdate.work());
        assertEquals(hits, oneBatchUpdate.read());
        assertEquals(hits, smallBatchesUpdate.read());
    }

    @Test
    void theSameHitsWithTheSameContentAndCards() throws IOException {
        Map<String, String> one = documents(oneBatch);
        Map<String, String> small = documents(smallBatches);
        assertEquals(one.size(), small.size());
        assertEquals(one, small);
        assertTrue(one.get(KTA).contains("Karolinska Trial Alliance"), one.get(KTA));
        assertEquals(oneBatchUpdate.written(), one.size(), "a new index writes every hit");
    }

    @Test
    void theSameFilterLabelsAndTwins() throws IOException {
        assertEquals(oneBatch.facetLabels(), smallBatches.facetLabels());
        assertEquals(oneBatch.shownAs(), smallBatches.shownAs());
        assertEquals("Stockholms län", smallBatches.facetLabels().get("place").get(Ids.RESOURCE + "place/stockholms-lan").sv());
    }

    @Test
    void theSameAnswers() throws IOException {
        Finder one = finder(oneBatch);
        Finder small = finder(smallBatches);
        try {
            for (String need : NEEDS) {
                SearchAnswer a = one.find(SearchRequest.of(need));
                SearchAnswer b = small.find(SearchRequest.of(need));
                assertTrue(a.count() > 0, need + " finds something");
                assertEquals(a.results(), b.results(), need);
                assertEquals(a.facets(), b.facets(), need);
                assertEquals(a.said(), b.said(), need);
                assertEquals(a.matched(), b.matched(), need);
            }
            assertEquals(Ids.RESOURCE + "offering/svenska-tvillingregistret", small.find(SearchRequest.of("tvillingregister")).results().get(0).iri());
            assertEquals(one.facetValues(), small.facetValues());
        } finally {
            one.release();
            small.release();
        }
    }

    @Test
    void aReReadOfOneHitReadsExactlyThatHitAsTheFullBuildDid() throws IOException {
        StoreDocuments.Read read = StoreDocuments.readSome(store, Set.of(KTA), budget());
        assertEquals(List.of(KTA), read.documents().stream().map(SearchDocument::iri).toList());
        assertEquals(documents(oneBatch).get(KTA), stored(read.documents().get(0)), "the same content and card");
        // Its twins are those of the places its filter shows, as the full build found them.
        Set<String> places = read.documents().get(0).facets().get("place");
        Map<String, String> expected = new TreeMap<>();
        oneBatch.shownAs().forEach((place, same) -> {
            if (places.contains(place))
                expected.put(place, same);
        });
        assertEquals(expected, read.shownAs());
    }

    private static Finder finder(FinderIndex index) throws IOException {
        return new Finder(index.openReader(), index.facetLabels(), index.shownAs());
    }

    /** Every live document of an index: IRI → its content hash and card. */
    private static Map<String, String> documents(FinderIndex index) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (DirectoryReader reader = index.openReader()) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++)
                    if (live == null || live.get(i)) {
                        Document d = leaf.reader().storedFields().document(i);
                        String before = out.put(d.get(SearchFields.IRI), d.get(SearchFields.HASH) + " " + d.get(SearchFields.CARD));
                        assertEquals(null, before, "each hit once: " + d.get(SearchFields.IRI));
                    }
            }
        }
        return out;
    }

    private static String stored(SearchDocument doc) {
        return doc.hash() + " " + doc.card();
    }

    private static BuildBudget budget() {
        return BuildBudget.of(Duration.ofMinutes(2));
    }
}
