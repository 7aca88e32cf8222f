package se.lsgraph.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;

/**
 * What ranking and filtering read of each hit (its IRI and filter values), by document id, read
 * from the stored fields the first time a search matches the hit and kept for every later search.
 * Reading them all when the finder opens took most of a restart's finder time at a million quads
 * (16,380 documents); a search reads only the hits it matches, and a hit once.
 */
final class RankingFields {
    static final Set<String> FIELDS = Set.of(SearchFields.IRI, SearchFields.FACET_PREFIX + "kind",
            SearchFields.FACET_PREFIX + "area", SearchFields.FACET_PREFIX + "place", SearchFields.FACET_PREFIX + "status");

    private final IndexReader reader;
    /** Searches run at once: a hit two of them read first is read twice, and both get the same values. */
    private final AtomicReferenceArray<Document> read;

    RankingFields(IndexReader reader) {
        this.reader = reader;
        this.read = new AtomicReferenceArray<>(reader.maxDoc());
    }

    /** The fields of each match, in the order of the matches. */
    Document[] of(List<ScoreDoc> matches) throws IOException {
        Document[] out = new Document[matches.size()];
        int[] missing = new int[matches.size()];
        int n = 0;
        for (int i = 0; i < out.length; i++)
            if ((out[i] = read.get(matches.get(i).doc)) == null)
                missing[n++] = matches.get(i).doc;
        if (n == 0)
            return out;
        readInOrder(Arrays.copyOf(missing, n));
        for (int i = 0; i < out.length; i++)
            if (out[i] == null)
                out[i] = read.get(matches.get(i).doc);
        return out;
    }

    /** Stored fields are kept in compressed blocks of neighbouring documents: reading in id order decompresses each block once. */
    private void readInOrder(int[] docs) throws IOException {
        Arrays.sort(docs);
        StoredFields stored = reader.storedFields();
        for (int doc : docs)
            if (read.get(doc) == null)
                read.set(doc, stored.document(doc, FIELDS));
    }
}
