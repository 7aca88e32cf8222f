package se.lsgraph.export;

import java.io.OutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import se.lsgraph.catalog.CatalogGraph;

/** The formats the whole graph is dumped in; named graphs are kept except in Turtle (the union). */
public enum DumpFormat {
    NQUADS("nq", "application/n-quads"),
    TRIG("trig", "application/trig"),
    TURTLE("ttl", "text/turtle"),
    JSONLD("jsonld", "application/ld+json");

    private final String extension;
    private final String mediaType;

    DumpFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static DumpFormat ofExtension(String ext) {
        for (DumpFormat f : values())
            if (f.extension.equals(ext))
                return f;
        return null;
    }

    /**
     * Writes the described dataset: every named graph except the catalogue graph, which describes
     * them (so a dump holds exactly what VoID counts). Must be called inside a read transaction.
     */
    public void write(DatasetGraph dsg, OutputStream out) {
        DatasetGraph described = namedGraphsOnly(dsg);
        switch (this) {
            case NQUADS -> RDFDataMgr.write(out, described, Lang.NQUADS);
            case TRIG -> RDFDataMgr.write(out, described, RDFFormat.TRIG_BLOCKS);
            case JSONLD -> RDFDataMgr.write(out, described, RDFFormat.JSONLD11);
            case TURTLE -> RDFDataMgr.write(out, described.getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
        }
    }

    /**
     * A view of the named graphs with an empty default graph: the store's default graph is the union
     * of its named graphs, and writing it too would put every quad in a dump twice.
     */
    private static DatasetGraph namedGraphsOnly(DatasetGraph dsg) {
        DatasetGraph view = DatasetGraphFactory.createGeneral();
        view.prefixes().putAll(dsg.prefixes());
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(CatalogGraph.NAME))
                view.addGraph(g, dsg.getGraph(g));
        });
        return view;
    }
}
