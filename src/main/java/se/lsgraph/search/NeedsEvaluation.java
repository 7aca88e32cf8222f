package se.lsgraph.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * The finder's hit rate on a needs file (the format of src/test/resources/search/needs.tsv): the
 * share of needs whose expected entry points are all among the first five results (and, where the
 * file names them, whose expected statements are among the first five of what the region said;
 * "-" expects no entry point at all). For the search benchmark's report.
 */
public final class NeedsEvaluation {
    static final int TOP = 5;

    private NeedsEvaluation() {}

    /** Markdown: the hit rate on the bundled graph, and each need that misses. */
    public static String report(Path needsFile) throws IOException {
        List<String[]> needs = Files.readAllLines(needsFile).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t")).toList();
        List<String> misses = new ArrayList<>();
        try (GraphStore store = GraphStore.inMemory()) {
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
            Finder finder = Finder.build(store);
            for (String[] n : needs)
                if (!hit(finder, n))
                    misses.add(n[0] + (n[1].equals("-") ? "" : " (" + n[1] + ")"));
            finder.release();
        }
        int hits = needs.size() - misses.size();
        StringBuilder md = new StringBuilder(String.format("%n## Hit rate%n%nOn the bundled graph, in process: %d of %d needs "
                + "(%.0f %%) have every expected entry point in the top %d (and every expected statement in the top %d "
                + "of what the region said).%n", hits, needs.size(), 100.0 * hits / needs.size(), TOP, TOP));
        if (!misses.isEmpty())
            md.append("\nMissed: ").append(String.join("; ", misses)).append(".\n");
        return md.toString();
    }

    private static boolean hit(Finder finder, String[] n) {
        String[] filters = new String[4];
        if (!n[1].equals("-"))
            for (String kv : n[1].split(";")) {
                String key = kv.substring(0, kv.indexOf('='));
                filters[List.of("kind", "area", "place", "status").indexOf(key)] = kv.substring(kv.indexOf('=') + 1);
            }
        SearchAnswer a = finder.find(new SearchRequest(n[0], filters[0], filters[1], filters[2], filters[3], SearchRequest.DEFAULT_LIMIT));
        List<String> top = a.results().stream().limit(TOP).map(EntryPoint::iri).toList();
        List<String> expected = iris(n[2]);
        boolean entries = expected.isEmpty() ? top.isEmpty() : top.containsAll(expected);
        boolean said = n.length < 4 || a.said().stream().limit(TOP).map(RegionStatement::iri).toList().containsAll(iris(n[3]));
        return entries && said;
    }

    private static List<String> iris(String spec) {
        return spec.equals("-") ? List.of() : Arrays.stream(spec.split(",")).map(s -> Ids.RESOURCE + s).toList();
    }
}
