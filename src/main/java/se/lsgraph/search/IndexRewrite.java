package se.lsgraph.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import se.lsgraph.search.EntryPoint.Labelled;

/**
 * A rewrite of the whole finder's index from documents handed in batches, holding no more than one
 * batch: the new index replaces the old one at {@link #commit} (the old one stays readable until
 * then, and is kept when the rewrite is closed without a commit). Counts as written only the hits
 * whose content differs from the old index's, and those of the old index that are gone.
 */
final class IndexRewrite implements AutoCloseable {
    private final IndexWriter writer;
    /** The index as it was before, to tell changed hits from unchanged ones; null when there was none. */
    private final DirectoryReader before;
    private long changed;
    private boolean committed;

    IndexRewrite(Directory directory) throws IOException {
        this.before = DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory) : null;
        IndexWriterConfig config = new IndexWriterConfig(SearchFields.analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                // A failed build must leave the old index, not commit half of the new one on close.
                .setCommitOnClose(false);
        this.writer = new IndexWriter(directory, config);
    }

    /**
     * Writes a batch of documents (each hit once across all batches). Added, not updated by IRI:
     * the new index starts empty, and an update would buffer a delete term for every hit until the
     * commit, memory that grows with the hits for nothing to delete.
     */
    void write(List<SearchDocument> batch) throws IOException {
        Map<String, String> old = hashesBefore(batch);
        for (SearchDocument doc : batch) {
            writer.addDocument(doc.toLucene());
            if (!doc.hash().equals(old.get(doc.iri())))
                changed++;
        }
    }

    /**
     * Whether the writer holds deletions (buffered delete terms included): a rewrite that only adds
     * each hit once never does, an update by IRI would hold one term per hit written.
     */
    boolean holdsDeletions() {
        return writer.hasDeletions();
    }

    /**
     * Makes the new index the index, with the store's fingerprint, the filter labels and the twins.
     *
     * @return how many hits were written (new or changed) or deleted (gone)
     */
    long commit(String fingerprint, Map<String, Map<String, Labelled>> facetLabels, Map<String, String> shownAs) throws IOException {
        long gone = goneSinceBefore();
        writer.setLiveCommitData(FinderIndex.commitData(fingerprint, facetLabels, shownAs).entrySet());
        writer.commit();
        committed = true;
        return changed + gone;
    }

    private Map<String, String> hashesBefore(List<SearchDocument> batch) throws IOException {
        Map<String, String> hashes = new java.util.HashMap<>();
        if (before == null || batch.isEmpty())
            return hashes;
        IndexSearcher searcher = new IndexSearcher(before);
        TermInSetQuery q = new TermInSetQuery(SearchFields.IRI, batch.stream().map(d -> new BytesRef(d.iri())).toList());
        for (ScoreDoc sd : searcher.search(q, Math.max(1, batch.size() * 2)).scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc, Set.of(SearchFields.IRI, SearchFields.HASH));
            hashes.put(d.get(SearchFields.IRI), d.get(SearchFields.HASH));
        }
        return hashes;
    }

    /** The hits of the old index that the new one (as written so far, not yet committed) lacks. */
    private long goneSinceBefore() throws IOException {
        if (before == null)
            return 0;
        long gone = 0;
        try (DirectoryReader now = DirectoryReader.open(writer)) {
            Terms newIris = MultiTerms.getTerms(now, SearchFields.IRI);
            TermsEnum newEnum = newIris == null ? null : newIris.iterator();
            for (LeafReaderContext leaf : before.leaves()) {
                Terms oldIris = leaf.reader().terms(SearchFields.IRI);
                if (oldIris == null)
                    continue;
                Bits live = leaf.reader().getLiveDocs();
                TermsEnum oldEnum = oldIris.iterator();
                PostingsEnum docs = null;
                for (BytesRef iri = oldEnum.next(); iri != null; iri = oldEnum.next()) {
                    docs = oldEnum.postings(docs, PostingsEnum.NONE);
                    if (hasLive(docs, live) && (newEnum == null || !newEnum.seekExact(iri)))
                        gone++;
                }
            }
        }
        return gone;
    }

    /** Whether a term's postings hold a document not deleted (an IRI's old, replaced copies are). */
    private static boolean hasLive(PostingsEnum docs, Bits live) throws IOException {
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc())
            if (live == null || live.get(d))
                return true;
        return false;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!committed)
                writer.rollback();
            else
                writer.close();
        } finally {
            if (before != null)
                before.close();
        }
    }
}
