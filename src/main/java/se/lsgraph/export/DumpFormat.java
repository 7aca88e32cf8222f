package se.lsgraph.export;

import java.io.OutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

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

    /** Writes the dataset; must be called inside a read transaction. */
    public void write(DatasetGraph dsg, OutputStream out) {
        switch (this) {
            case NQUADS -> RDFDataMgr.write(out, dsg, Lang.NQUADS);
            case TRIG -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_BLOCKS);
            case JSONLD -> RDFDataMgr.write(out, dsg, RDFFormat.JSONLD11);
            case TURTLE -> RDFDataMgr.write(out, dsg.getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
        }
    }
}
