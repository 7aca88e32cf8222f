package se.lsgraph.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;

import se.lsgraph.query.BundledSparql;
import se.lsgraph.store.GraphStore;
import se.lsgraph.store.StoreWriteState;
import se.lsgraph.vocab.Ids;

/**
 * What the store holds, in one hash, cheap to compute at start-up: for a database on disk its write
 * state (see {@link StoreWriteState}: moved by every committed write, also a rename made from the
 * command line while no server was watching, which leaves every size as it was); for one in memory,
 * every named graph with its size and the provenance graph in full (every load leaves a record there
 * with its time and file hashes, so a reload with the same number of triples still changes it). Also covers the finder's
 * own queries, so a new version of them rebuilds the index. A persisted index whose fingerprint
 * matches is used as it is.
 */
final class StoreFingerprint {
    /** Raise when the analysis of the index changes: old persisted indexes are then rebuilt. */
    static final int INDEX_FORMAT = 6;

    private StoreFingerprint() {}

    static String of(GraphStore store) {
        List<String> parts = new ArrayList<>();
        parts.add("format " + INDEX_FORMAT);
        for (String q : StoreDocuments.QUERIES)
            parts.add(BundledSparql.text(q));
        store.read(dsg -> {
            String writeState = StoreWriteState.of(dsg);
            if (!writeState.isEmpty()) {
                // Exact and read in an instant: no need to count every graph (seconds at a million quads).
                parts.add(writeState);
                return null;
            }
            List<String> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI() + " " + dsg.getGraph(g).size()));
            graphs.sort(null);
            parts.addAll(graphs);
            List<String> provenance = new ArrayList<>();
            dsg.find(Ids.PROVENANCE_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> provenance.add(
                    NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " " + NodeFmtLib.strNT(q.getObject())));
            provenance.sort(null);
            parts.addAll(provenance);
            return null;
        });
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts)
                sha.update((p + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
