package se.lsgraph.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The subjects one write transaction changes, collected as it goes. Past {@link #LIMIT} subjects
 * (a whole source reloaded) it stops listing them and reports the change as incomplete: a cache
 * then rebuilds anyway, and the write does not hold them all in memory.
 */
final class ChangedSubjects {
    static final int LIMIT = 100_000;

    private final Set<Node> subjects = new HashSet<>();
    private boolean complete = true;

    void add(Node subject) {
        if (!complete)
            return;
        subjects.add(subject);
        if (subjects.size() > LIMIT)
            incomplete();
    }

    void addSubjectsOf(Iterator<Quad> quads) {
        while (complete && quads.hasNext())
            add(quads.next().getSubject());
    }

    void incomplete() {
        complete = false;
        subjects.clear();
    }

    StoreChange toChange(long generation) {
        return new StoreChange(generation, Set.copyOf(subjects), complete);
    }
}
