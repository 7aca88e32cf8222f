package se.lsgraph.bench;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.sail.Sail;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;

/**
 * RDF4J 5 with its memory store or its native (on-disk) store, holding the quads of an N-Quads
 * file. Without a dataset in the query, RDF4J's default graph is the union of all graphs, as in
 * lsgraph (but a bag: a triple stated in two graphs matches twice).
 */
final class CompareRdf4j implements ComparePeer {
    /** The native store's indexes: subject-, predicate- and object-first, and by graph. */
    private static final String NATIVE_INDEXES = "spoc,posc,ospc,cspo";

    private final SailRepository repository;
    private final Map<String, String> queries;
    private int timeoutSeconds = (int) CompareBenchmark.STORE_TIMEOUT_SECONDS;

    private CompareRdf4j(Sail sail, Path nquads, Map<String, String> queries) throws Exception {
        this.repository = new SailRepository(sail);
        this.repository.init();
        this.queries = queries;
        try (RepositoryConnection c = repository.getConnection()) {
            // No isolation: the load streams into the store instead of being staged in memory first.
            c.begin(IsolationLevels.NONE);
            c.add(nquads.toFile(), RDFFormat.NQUADS);
            c.commit();
        }
    }

    static CompareRdf4j memory(Path nquads, Map<String, String> queries) throws Exception {
        return new CompareRdf4j(new MemoryStore(), nquads, queries);
    }

    static CompareRdf4j nativeStore(Path dir, Path nquads, Map<String, String> queries) throws Exception {
        File folder = dir.toFile();
        folder.mkdirs();
        return new CompareRdf4j(new NativeStore(folder, NATIVE_INDEXES), nquads, queries);
    }

    /** RDF4J stops a query that runs longer than this itself. */
    CompareRdf4j timeout(int seconds) {
        this.timeoutSeconds = seconds;
        return this;
    }

    @Override
    public long rows(String query) {
        try (RepositoryConnection c = repository.getConnection()) {
            TupleQuery q = c.prepareTupleQuery(QueryLanguage.SPARQL, queries.get(query));
            q.setMaxExecutionTime(timeoutSeconds);
            long n = 0;
            long started = System.nanoTime();
            try (TupleQueryResult result = q.evaluate()) {
                java.util.List<String> vars = result.getBindingNames();
                while (result.hasNext()) {
                    org.eclipse.rdf4j.query.BindingSet row = result.next();
                    // Every value read, as the other stores' rows are (a native store reads a value's text lazily).
                    for (String v : vars) {
                        org.eclipse.rdf4j.model.Value value = row.getValue(v);
                        if (value != null)
                            value.stringValue();
                    }
                    n++;
                }
            } catch (AssertionError e) {
                // With assertions on (as in the tests), RDF4J's iterators can trip their own checks when its time limit strikes.
                throw new IllegalStateException("RDF4J failed its own assertion: " + e.getMessage(), e);
            }
            // Some of RDF4J's operators end early rather than fail when the time limit strikes: a count
            // taken at the limit is not an answer.
            if (System.nanoTime() - started >= timeoutSeconds * 1_000_000_000L)
                throw new IllegalStateException("RDF4J stopped the query at its time limit of " + timeoutSeconds + " s");
            return n;
        }
    }

    /**
     * Every row of the query's answer as its values in {@link CompareTerms} form, tab-separated in the
     * order of the answer's variables (to check that the peers agree on the rows, not only on how many).
     */
    java.util.List<String> answer(String query) {
        try (RepositoryConnection c = repository.getConnection()) {
            TupleQuery q = c.prepareTupleQuery(QueryLanguage.SPARQL, queries.get(query));
            q.setMaxExecutionTime(timeoutSeconds);
            java.util.List<String> rows = new java.util.ArrayList<>();
            try (TupleQueryResult result = q.evaluate()) {
                java.util.List<String> vars = result.getBindingNames();
                while (result.hasNext()) {
                    org.eclipse.rdf4j.query.BindingSet row = result.next();
                    rows.add(String.join("\t", vars.stream().map(v -> CompareTerms.of(row.getValue(v))).toList()));
                }
            } catch (AssertionError e) {
                throw new IllegalStateException("RDF4J failed its own assertion: " + e.getMessage(), e);
            }
            return rows;
        }
    }

    @Override
    public long size() {
        try (RepositoryConnection c = repository.getConnection()) {
            return c.size();
        }
    }

    @Override
    public void close() {
        repository.shutDown();
    }
}
