package se.lsgraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.lsgraph.load.ClasspathFolder;
import java.util.stream.Stream;

/** The named queries of queries/, bundled in the jar under lsgraph/queries; looked up by name. */
public final class QueryCatalogue {
    private static final String CLASSPATH_DIR = "lsgraph/queries";

    private final Map<String, NamedQuery> byName;

    private QueryCatalogue(List<NamedQuery> queries) {
        Map<String, NamedQuery> map = new LinkedHashMap<>();
        for (NamedQuery q : queries)
            if (map.put(q.name(), q) != null)
                throw new IllegalStateException("Two catalogue queries are named " + q.name());
        this.byName = Collections.unmodifiableMap(map);
    }

    /** The catalogue bundled with lsgraph. */
    public static QueryCatalogue bundled() {
        QueryCatalogue catalogue = ClasspathFolder.read(CLASSPATH_DIR, QueryCatalogue::fromDirectory);
        if (catalogue == null)
            throw new IllegalStateException("The query catalogue is missing from the classpath (" + CLASSPATH_DIR + ")");
        return catalogue;
    }

    public static QueryCatalogue fromDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<NamedQuery> queries = new ArrayList<>();
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted(Comparator.comparing(Path::toString)).toList())
                queries.add(QueryHeader.parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            return new QueryCatalogue(queries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<NamedQuery> list() {
        return List.copyOf(byName.values());
    }

    /** A query by its name ("priority-areas-of-aspect") or file name ("05-priority-areas-of-aspect"). */
    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(byName.get(QueryHeader.nameOf(name.endsWith(".rq") ? name : name + ".rq")));
    }
}
