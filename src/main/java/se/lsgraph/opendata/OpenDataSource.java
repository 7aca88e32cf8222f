package se.lsgraph.opendata;

import java.util.List;

import org.apache.jena.graph.Node;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.lsgraph.vocab.Ids;

/**
 * One open-data source of the import manifest (src/main/resources/lsgraph/opendata/sources.json):
 * a raw file below the --from folder, the mappings that read it, and where it comes from.
 *
 * @param name       the source name; its graph is https://w3id.org/lsgraph/graph/opendata/{name}
 *                   and its derived file data/opendata/{name}.nt
 * @param title      what the source holds (English)
 * @param file       the raw file, relative to the --from folder
 * @param mappings   bundled mappings applied to the file, in order, into the one graph
 * @param repository the public repository the file was taken from
 * @param commit     the repository commit
 * @param path       where in the repository the data is
 * @param licence    the licence IRI
 * @param retrieved  the date the file was retrieved (YYYY-MM-DD)
 * @param bundled    false when only the provenance record ships, not the derived facts (the data
 *                   is used only to derive other facts)
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record OpenDataSource(String name, String title, String file, List<String> mappings, String repository,
                             String commit, String path, String licence, String retrieved, boolean bundled) {

    public Node graph() {
        return Ids.graph("opendata/" + name);
    }

    public String derivedFileName() {
        return name + ".nt";
    }

    /** The resource that describes the raw file in the provenance record. */
    public Node sourceFile() {
        return Ids.resource("source-file/" + name);
    }
}
