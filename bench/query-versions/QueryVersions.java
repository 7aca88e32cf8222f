import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

import se.lsgraph.query.NamedQuery;
import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.query.QueryParam;
import se.lsgraph.query.QueryRunner;
import se.lsgraph.store.GraphStore;

/**
 * Two versions of catalogue queries on one database, in one JVM, taking turns: are the rows the same
 * (values and order), and how much CPU time does the running thread spend on each? CPU time of the
 * thread, not wall time, because on a shared machine wall time mostly measures the other processes.
 * Bound with each query's example parameters, as {@code lsgraph query NAME} binds them; NAME?p=v&q=
 * sets p and leaves q unbound.
 *
 * <pre>java -cp target/lsgraph.jar bench/query-versions/QueryVersions.java DB OLD_QUERIES_DIR NEW_QUERIES_DIR RUNS NAME...</pre>
 */
public class QueryVersions {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        try (GraphStore store = GraphStore.openReadOnly(Path.of(args[0]))) {
            QueryCatalogue before = QueryCatalogue.fromDirectory(Path.of(args[1]));
            QueryCatalogue after = QueryCatalogue.fromDirectory(Path.of(args[2]));
            int runs = Integer.parseInt(args[3]);
            for (String spec : Arrays.asList(args).subList(4, args.length))
                compare(store, spec, bound(before, spec), bound(after, spec), runs);
        }
    }

    private static void compare(GraphStore store, String spec, Query before, Query after, int runs) {
        long[] cpuBefore = new long[runs];
        long[] cpuAfter = new long[runs];
        List<String> rowsBefore = List.of();
        List<String> rowsAfter = List.of();
        for (int r = 0; r < runs; r++) {
            long start = THREADS.getCurrentThreadCpuTime();
            rowsBefore = rows(store, before);
            cpuBefore[r] = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
            start = THREADS.getCurrentThreadCpuTime();
            rowsAfter = rows(store, after);
            cpuAfter[r] = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
        }
        System.out.printf("%s rows %d / %d, same rows in the same order: %s; CPU ms per run before %s, after %s; "
                        + "median of the last half before %d, after %d%n", spec, rowsBefore.size(), rowsAfter.size(),
                rowsBefore.equals(rowsAfter), Arrays.toString(cpuBefore), Arrays.toString(cpuAfter),
                medianOfLastHalf(cpuBefore), medianOfLastHalf(cpuAfter));
    }

    /** The runs after the first half, which warmed up the JIT. */
    private static long medianOfLastHalf(long[] runs) {
        long[] warm = Arrays.copyOfRange(runs, runs.length / 2, runs.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private static Query bound(QueryCatalogue catalogue, String spec) {
        String name = spec.contains("?") ? spec.substring(0, spec.indexOf('?')) : spec;
        NamedQuery query = catalogue.get(name).orElseThrow(() -> new IllegalArgumentException("no query " + name));
        Map<String, String> params = new HashMap<>();
        for (QueryParam p : query.params())
            params.put(p.name(), p.example());
        if (spec.contains("?"))
            for (String pair : spec.substring(spec.indexOf('?') + 1).split("&")) {
                String[] nameValue = pair.split("=", 2);
                if (nameValue[1].isEmpty())
                    params.remove(nameValue[0]);
                else
                    params.put(nameValue[0], nameValue[1]);
            }
        return QueryRunner.parse(query, params);
    }

    /** Every row as text, each value decoded (TDB2 decodes a value only when asked for it). */
    private static List<String> rows(GraphStore store, Query query) {
        return store.read(dsg -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                RowSet rows = exec.select();
                List<String> text = new ArrayList<>();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    StringBuilder line = new StringBuilder();
                    for (Var v : rows.getResultVars()) {
                        Node value = row.get(v);
                        line.append(value == null ? "" : value.toString()).append('\t');
                    }
                    text.add(line.toString());
                }
                return text;
            }
        });
    }
}
