package se.lsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code Data-NNNN} folders of a TDB2 database (its generations: TDB2 opens the highest) and the
 * staging folder a bulk load builds the next one in.
 */
final class GenerationFolders {
    /** Inside the database folder; a leftover one is what a crashed bulk load left, never live data. */
    static final String STAGING = "lsgraph-staging";
    private static final Pattern GENERATION = Pattern.compile("Data-(\\d{4,})");

    private GenerationFolders() {}

    /** The generation folder after {@code current}: Data-0001 → Data-0002. */
    static Path next(Path current) {
        Matcher m = GENERATION.matcher(current.getFileName().toString());
        if (!m.matches())
            throw new StoreException("Not a TDB2 generation folder: " + current);
        return current.resolveSibling(String.format("Data-%04d", Integer.parseInt(m.group(1)) + 1));
    }

    /** The one generation folder of a freshly built database. */
    static Path only(Path database) {
        try (Stream<Path> children = Files.list(database)) {
            List<Path> generations = children.filter(c -> GENERATION.matcher(c.getFileName().toString()).matches()).toList();
            if (generations.size() != 1)
                throw new StoreException("The staged database " + database + " has " + generations.size()
                        + " generation folders, expected one; nothing was changed");
            return generations.get(0);
        } catch (IOException e) {
            throw new StoreException("Cannot read the staged database " + database + ": " + e.getMessage(), e);
        }
    }

    /** One rename (same file system): the new generation appears whole or not at all. */
    static void moveAtomically(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Cannot install the loaded generation " + from + " as " + to
                    + ": " + e.getMessage() + "; the current generation is unchanged", e);
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void delete(Path folder) {
        if (!Files.exists(folder))
            return;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList())
                Files.delete(p);
        } catch (IOException e) {
            throw new StoreException("Cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }
}
