package se.lsgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.search.EntryPoint.Labelled;
import se.lsgraph.store.GraphStore;

/**
 * The finder's Lucene index, in memory or persisted in a folder next to the database (so a restart
 * serves at once). An update rewrites only the hits whose content changed and removes the ones that
 * are gone; the store's fingerprint and the filter labels are kept in the same commit.
 */
public final class FinderIndex implements AutoCloseable {
    /** The index folder inside a database directory. */
    public static final String FOLDER = "search-index";
    private static final String FINGERPRINT = "fingerprint";
    private static final String FACET_LABELS = "facetLabels";
    private static final String SHOWN_AS = "facetShownAs";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Directory directory;

    private FinderIndex(Directory directory) {
        this.directory = directory;
    }

    public static FinderIndex inMemory() {
        return new FinderIndex(new ByteBuffersDirectory());
    }

    /** The persisted index of the database in this directory (created when first built). */
    public static FinderIndex of(Path databaseDirectory) {
        try {
            return new FinderIndex(FSDirectory.open(databaseDirectory.resolve(FOLDER)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + databaseDirectory.resolve(FOLDER), e);
        }
    }

    /**
     * The index for a database opened read-only, which must never be written: its persisted index
     * when that is current for the store (as build-db leaves it), otherwise a new one in memory,
     * built at start like a test's.
     */
    public static FinderIndex forReadOnly(Path databaseDirectory, GraphStore store) {
        Path folder = databaseDirectory.resolve(FOLDER);
        if (!Files.isDirectory(folder))
            return inMemory();
        FinderIndex persisted = of(databaseDirectory);
        if (persisted.isCurrentFor(store))
            return persisted;
        persisted.close();
        return inMemory();
    }

    /** True when the last commit indexed the store as it is now; false for an unreadable index (rebuilt like a missing one). */
    public boolean isCurrentFor(GraphStore store) {
        try {
            return StoreFingerprint.of(store).equals(fingerprint());
        } catch (IOException e) {
            return false;
        }
    }

    /** The fingerprint of the store the last commit indexed, or null when nothing was committed. */
    String fingerprint() throws IOException {
        if (!DirectoryReader.indexExists(directory))
            return null;
        return commitData().get(FINGERPRINT);
    }

    DirectoryReader openReader() throws IOException {
        return DirectoryReader.open(directory);
    }

    Map<String, Map<String, Labelled>> facetLabels() throws IOException {
        String json = commitData().get(FACET_LABELS);
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, Map<String, Labelled>>>() {});
        } catch (JsonProcessingException e) {
            throw new IOException("unreadable filter labels in the search index: " + e.getMessage(), e);
        }
    }

    /** Filter values shown as their twin (see StoreDocuments.Read). */
    Map<String, String> shownAs() throws IOException {
        String json = commitData().get(SHOWN_AS);
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IOException("unreadable filter twins in the search index: " + e.getMessage(), e);
        }
    }

    /** What a commit keeps besides the hits: the store's fingerprint, the filter labels and the twins. */
    static Map<String, String> commitData(String fingerprint, Map<String, Map<String, Labelled>> labels, Map<String, String> shownAs)
            throws JsonProcessingException {
        return Map.of(FINGERPRINT, fingerprint, FACET_LABELS, JSON.writeValueAsString(labels), SHOWN_AS, JSON.writeValueAsString(shownAs));
    }

    /**
     * Starts rewriting the whole index from documents handed in batches ({@link IndexRewrite}):
     * nothing is visible until its commit, and a rewrite closed without one leaves the index as it was.
     */
    IndexRewrite rewrite() throws IOException {
        return new IndexRewrite(directory);
    }

    /**
     * Commits the store's new fingerprint with the hits, filter labels and twins as they are: for
     * writes that changed none of the hits (such as the catalogue record the server rewrites).
     */
    void recordFingerprint(String fingerprint) throws IOException {
        Map<String, Map<String, Labelled>> labels = facetLabels();
        Map<String, String> twins = shownAs();
        IndexWriterConfig config = new IndexWriterConfig(SearchFields.analyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            writer.setLiveCommitData(commitData(fingerprint, labels, twins).entrySet());
            writer.commit();
        }
    }

    /** The hits (IRIs) that are one of these resources or are built from one of them. */
    Set<String> affectedBy(Set<String> resources) throws IOException {
        Set<String> out = new HashSet<>();
        if (resources.isEmpty() || !DirectoryReader.indexExists(directory))
            return out;
        List<BytesRef> terms = resources.stream().map(BytesRef::new).toList();
        Query q = new BooleanQuery.Builder()
                .add(new TermInSetQuery(SearchFields.IRI, terms), Occur.SHOULD)
                .add(new TermInSetQuery(SearchFields.DEPENDS_ON, terms), Occur.SHOULD).build();
        try (DirectoryReader reader = openReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (ScoreDoc sd : searcher.search(q, Math.max(1, reader.maxDoc())).scoreDocs)
                out.add(searcher.storedFields().document(sd.doc, Set.of(SearchFields.IRI)).get(SearchFields.IRI));
        }
        return out;
    }

    /**
     * Rewrites only these hits: each re-read one whose content changed, and deletes those of them
     * that are no longer hits; the filter labels read for them replace the old ones. Commits with
     * the store's fingerprint, so a restart uses the index as it is.
     *
     * @return how many hits were written or deleted
     */
    long updateSome(StoreDocuments.Read read, Set<String> reread, String fingerprint, BuildBudget budget) throws IOException {
        Map<String, Map<String, Labelled>> labels = new java.util.TreeMap<>();
        facetLabels().forEach((facet, values) -> labels.put(facet, new java.util.TreeMap<>(values)));
        read.facetLabels().forEach((facet, values) -> labels.computeIfAbsent(facet, k -> new java.util.TreeMap<>()).putAll(values));
        Map<String, String> existing = hashesOf(reread);
        long written = 0;
        IndexWriterConfig config = new IndexWriterConfig(SearchFields.analyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            Set<String> present = new HashSet<>();
            for (SearchDocument doc : read.documents()) {
                present.add(doc.iri());
                if (!doc.hash().equals(existing.get(doc.iri()))) {
                    writer.updateDocument(new Term(SearchFields.IRI, doc.iri()), doc.toLucene());
                    written++;
                }
            }
            for (String gone : existing.keySet())
                if (!present.contains(gone)) {
                    writer.deleteDocuments(new Term(SearchFields.IRI, gone));
                    written++;
                }
            budget.check();
            writer.setLiveCommitData(commitData(fingerprint, labels, twinsAfter(read)).entrySet());
            writer.commit();
        }
        return written;
    }

    /**
     * The twins after a re-read: those of the places the re-read hits show are as just read (a pair
     * that touches one of them and was not read again is no longer a pair); the others are kept.
     */
    private Map<String, String> twinsAfter(StoreDocuments.Read read) throws IOException {
        Set<String> places = new HashSet<>();
        for (SearchDocument doc : read.documents())
            places.addAll(doc.facets().getOrDefault("place", Set.of()));
        Map<String, String> twins = new java.util.TreeMap<>();
        shownAs().forEach((place, same) -> {
            if (!places.contains(place) && !places.contains(same))
                twins.put(place, same);
        });
        twins.putAll(read.shownAs());
        return twins;
    }

    private Map<String, String> hashesOf(Set<String> iris) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        try (DirectoryReader reader = openReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query q = new TermInSetQuery(SearchFields.IRI, iris.stream().map(BytesRef::new).toList());
            for (ScoreDoc sd : searcher.search(q, Math.max(1, reader.maxDoc())).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc, Set.of(SearchFields.IRI, SearchFields.HASH));
                hashes.put(d.get(SearchFields.IRI), d.get(SearchFields.HASH));
            }
        }
        return hashes;
    }

    private Map<String, String> commitData() throws IOException {
        try (DirectoryReader reader = openReader()) {
            return reader.getIndexCommit().getUserData();
        }
    }

    @Override
    public void close() {
        try {
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
