package se.lsgraph.load;

/** One file of the bundled graph: its path relative to the repository root, and its bytes. */
public record BundleFile(String path, byte[] content) {
    private static final String OPEN_DATA = "data/opendata/";

    /** The named graph source this file belongs to: "ontology", "shapes", "sources", a data folder, or opendata/NAME for data/opendata/NAME.nt. */
    public String sourceName() {
        if (path.startsWith("ontology/shapes/"))
            return "shapes";
        if (path.startsWith("ontology/"))
            return "ontology";
        if (path.equals("data/sources.ttl"))
            return "sources";
        if (path.startsWith(OPEN_DATA)) // one graph per derived open-data file: opendata/ror-v2
            return "opendata/" + path.substring(OPEN_DATA.length()).replaceFirst("\\.[^./]+$", "");
        if (path.startsWith("data/")) {
            String rest = path.substring("data/".length());
            int slash = rest.indexOf('/');
            return slash < 0 ? rest.replaceFirst("\\.[^.]+$", "") : rest.substring(0, slash);
        }
        throw new IllegalArgumentException("not a bundle path: " + path);
    }
}
