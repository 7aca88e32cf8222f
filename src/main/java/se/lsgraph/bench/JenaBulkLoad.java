package se.lsgraph.bench;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

import se.lsgraph.vocab.Ids;

/**
 * The peer in the load benchmark, run as its own process: what {@code tdb2.tdbloader --loc DIR
 * --graph IRI FILE} does with its default (phased) loader, without jena-cmds on the class path.
 */
public final class JenaBulkLoad {
    private JenaBulkLoad() {}

    /** Arguments: database directory, graph source name, file. */
    public static void main(String[] args) {
        JenaSystem.init();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(args[0]);
        DataLoader loader = LoaderFactory.phasedLoader(dsg, Ids.graph(args[1]), (fmt, a) -> { });
        loader.startBulk();
        loader.load(args[2]);
        loader.finishBulk();
        System.out.printf("Loaded %,d triples%n", loader.countTriples());
        TDBInternal.expel(dsg);
    }
}
