package se.lsgraph.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.store.GraphStore;

/**
 * The finder reads each hit's ranking fields at its first match instead of all of them when it
 * opens: what it reads lazily, in any order of matches, is what reading every document at once gave.
 */
class RankingFieldsTest {
    private static GraphStore store;
    private static FinderIndex index;
    private static DirectoryReader reader;

    @BeforeAll
    static void indexTheBundledGraph() throws Exception {
        store = GraphStore.inMemory();
        new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
        index = FinderIndex.inMemory();
        FinderBuilder.build(store, index, BuildBudget.of(Duration.ofMinutes(2)), p -> {}).release();
        reader = index.openReader();
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        index.close();
        store.close();
    }

    @Test
    void lazyFieldsAreTheStoredOnesInAnyOrderOfMatches() throws Exception {
        List<ScoreDoc> everyDocument = new ArrayList<>();
        for (int doc = 0; doc < reader.maxDoc(); doc++)
            everyDocument.add(new ScoreDoc(doc, 1f));
        Collections.shuffle(everyDocument, new Random(14));
        assertTrue(everyDocument.size() > 100, "the bundled graph gives more than a hundred hits, not " + everyDocument.size());

        RankingFields lazy = new RankingFields(reader);
        List<ScoreDoc> firstHalf = everyDocument.subList(0, everyDocument.size() / 2);
        Document[] half = lazy.of(firstHalf);
        Document[] all = lazy.of(everyDocument);

        StoredFields eager = reader.storedFields();
        for (int i = 0; i < everyDocument.size(); i++) {
            Document expected = eager.document(everyDocument.get(i).doc, RankingFields.FIELDS);
            assertEquals(expected.get(SearchFields.IRI), all[i].get(SearchFields.IRI));
            for (String facet : Finder.FACETS)
                assertArrayEquals(expected.getValues(SearchFields.FACET_PREFIX + facet), all[i].getValues(SearchFields.FACET_PREFIX + facet),
                        facet + " of " + expected.get(SearchFields.IRI));
        }
        for (int i = 0; i < half.length; i++)
            assertSame(half[i], all[i], "a hit's fields are read once and kept");
    }
}
