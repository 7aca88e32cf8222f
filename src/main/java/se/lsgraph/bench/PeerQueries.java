package se.lsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

import se.lsgraph.query.NamedQuery;
import se.lsgraph.query.QueryParam;
import se.lsgraph.query.QueryRunner;
import se.lsgraph.store.GraphStore;

/**
 * The catalogue in-process on lsgraph's store and on plain Jena TDB2 (a byte copy of the same
 * database, opened with {@code DatabaseMgr} and the union default graph), the same query text,
 * interleaved query by query, so that the ratio shows what lsgraph's wrapping costs.
 */
final class PeerQueries {
    record Timing(String query, int rows, double oursP50, double oursP95, double jenaP50, double jenaP95) {}

    private PeerQueries() {}

    /** The database directory of {@code store} must be closed: it is copied byte for byte. */
    static List<Timing> run(Path db, Path work, List<NamedQuery> queries, int warmups, int runs) throws IOException {
        Path copy = work.resolve("db-plain-jena");
        DatabaseCopy.copy(db, copy);
        DatasetGraph plain = DatabaseMgr.connectDatasetGraph(copy.toString());
        plain.getContext().set(TDB2.symUnionDefaultGraph, true);
        List<Timing> timings = new ArrayList<>();
        try (GraphStore store = GraphStore.open(db)) {
            for (NamedQuery q : queries) {
                Map<String, String> params = new HashMap<>();
                for (QueryParam p : q.params())
                    params.put(p.name(), p.example());
                Query bound = QueryRunner.parse(q, params);
                List<Double> ours = new ArrayList<>();
                List<Double> jena = new ArrayList<>();
                int rows = 0;
                for (int i = 0; i < warmups + runs; i++) {
                    long t0 = System.nanoTime();
                    rows = QueryRunner.run(store, q, params).rows().size();
                    long t1 = System.nanoTime();
                    int plainRows = Txn.calculateRead(plain, () -> count(plain, bound));
                    long t2 = System.nanoTime();
                    if (plainRows != rows)
                        throw new IllegalStateException(q.name() + ": " + rows + " rows on lsgraph, " + plainRows + " on plain Jena");
                    if (i >= warmups) {
                        ours.add((t1 - t0) / 1e6);
                        jena.add((t2 - t1) / 1e6);
                    }
                }
                Collections.sort(ours);
                Collections.sort(jena);
                timings.add(new Timing(q.name(), rows, HttpLatency.percentile(ours, 50), HttpLatency.percentile(ours, 95),
                        HttpLatency.percentile(jena, 50), HttpLatency.percentile(jena, 95)));
            }
        } finally {
            TDBInternal.expel(plain);
        }
        return timings;
    }

    static double geomeanRatio(List<Timing> timings) {
        double logSum = 0;
        for (Timing t : timings)
            logSum += Math.log(Math.max(t.oursP50(), 0.01) / Math.max(t.jenaP50(), 0.01));
        return Math.exp(logSum / timings.size());
    }

    private static int count(DatasetGraph dsg, Query query) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            int n = 0;
            var rows = qe.select();
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            return n;
        }
    }
}
