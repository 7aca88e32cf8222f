package se.lsgraph.load;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The subjects of the triples a load deletes, kept in a temporary file so that memory does not
 * grow with the graph being replaced; after the write they are checked again, with what points at
 * them, since what they were may no longer hold. (A deleted triple's object needs no check: with
 * shapes that look one step from their focus, losing an incoming triple can only take a node out
 * of a target.)
 */
final class RemovedNodes implements AutoCloseable {
    private final Path file;
    private final BufferedWriter out;
    private Node lastSubject;
    private boolean subClassOf;

    RemovedNodes() {
        try {
            file = Files.createTempFile("lsgraph-removed-", ".txt");
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the load", e);
        }
    }

    void add(Triple t) {
        try {
            if (!t.getSubject().equals(lastSubject) && t.getSubject().isURI()) {
                lastSubject = t.getSubject();
                out.write(lastSubject.getURI());
                out.write('\n');
            }
            if (t.getPredicate().equals(org.apache.jena.vocabulary.RDFS.subClassOf.asNode()))
                subClassOf = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True if a deleted triple was an rdfs:subClassOf: class membership anywhere may have changed. */
    boolean removedSubClassOf() {
        return subClassOf;
    }

    void forEach(Consumer<Node> subjects) {
        try {
            out.flush();
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine())
                    subjects.accept(NodeFactory.createURI(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
