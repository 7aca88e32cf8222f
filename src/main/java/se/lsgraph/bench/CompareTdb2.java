package se.lsgraph.bench;

import java.nio.file.Path;
import java.util.Map;

import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Plain Jena TDB2, as a user of Jena would open it: {@code DatabaseMgr} on a database folder (a byte
 * copy of lsgraph's) or in memory, with the union default graph, and no lsgraph code in the way.
 */
final class CompareTdb2 implements ComparePeer {
    private final DatasetGraph dsg;
    private final Map<String, Query> queries;

    private CompareTdb2(DatasetGraph dsg, Map<String, String> queries) {
        this.dsg = dsg;
        this.dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.queries = new java.util.HashMap<>();
        queries.forEach((name, text) -> this.queries.put(name, QueryFactory.create(text)));
    }

    static CompareTdb2 onDatabase(Path db, Map<String, String> queries) {
        return new CompareTdb2(DatabaseMgr.connectDatasetGraph(db.toString()), queries);
    }

    /** A TDB2 database in memory, holding the quads of an N-Quads file. */
    static CompareTdb2 inMemory(Path nquads, Map<String, String> queries) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg, nquads.toString()));
        return new CompareTdb2(dsg, queries);
    }

    @Override
    public long rows(String query) {
        Query q = queries.get(query);
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(q)
                    .timeout(CompareBenchmark.STORE_TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS).build()) {
                return countValues(qe.select());
            }
        });
    }

    /** Every row of the query's answer, as {@link CompareRdf4j#answer} gives it. */
    java.util.List<String> answer(String query) {
        Query q = queries.get(query);
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
                RowSet result = qe.select();
                java.util.List<String> rows = new java.util.ArrayList<>();
                result.forEachRemaining(b -> rows.add(String.join("\t",
                        result.getResultVars().stream().map(v -> CompareTerms.of(b.get(v))).toList())));
                return rows;
            }
        });
    }

    /**
     * The rows, each of its values fetched (TDB2 decodes a value from its node table only when asked),
     * as lsgraph's runner, which copies every value, and the other stores do.
     */
    static long countValues(RowSet rows) {
        long n = 0;
        List<Var> vars = rows.getResultVars();
        while (rows.hasNext()) {
            Binding row = rows.next();
            for (Var v : vars)
                row.get(v);
            n++;
        }
        return n;
    }

    @Override
    public long size() {
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    @Override
    public void close() {
        if (TDBInternal.isTDB2(dsg) && !TDBInternal.getDatabaseContainer(dsg).getLocation().isMem())
            TDBInternal.expel(dsg);
        else
            dsg.close();
    }
}
