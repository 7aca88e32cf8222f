package se.lsgraph.store;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;

/**
 * The quads one write transaction really added and removed (net: a quad added then removed in the
 * same write is in neither set; adding a quad already stored is no change), so that what is derived
 * from the data (the catalogue's counts) can follow the write instead of rescanning the store.
 * <p>
 * Bounded: past {@link #LIMIT} quads it stops recording and says it {@link #overflowed()}; a write
 * that large costs a full recount, which is then proportional to the write anyway.
 */
public final class WriteChanges {
    /** About 200 bytes a quad in the sets: a few tens of MB at most. */
    static final int LIMIT = 200_000;

    private final Set<Quad> added = new LinkedHashSet<>();
    private final Set<Quad> removed = new LinkedHashSet<>();
    private boolean overflowed;

    /** Records an add that the store did not hold before. */
    void added(Quad quad) {
        if (overflowed)
            return;
        if (!removed.remove(quad))
            added.add(quad);
        checkLimit();
    }

    /** Records a removal of a quad the store held. */
    void removed(Quad quad) {
        if (overflowed)
            return;
        if (!added.remove(quad))
            removed.add(quad);
        checkLimit();
    }

    /** A change too large or too coarse to list (the whole store cleared). */
    void unlisted() {
        overflowed = true;
        added.clear();
        removed.clear();
    }

    /** False once recording stopped: then the change must be found from the store itself. */
    public boolean overflowed() {
        return overflowed;
    }

    /** True while it still records each quad (the caller need not check each add against the store otherwise). */
    boolean recording() {
        return !overflowed;
    }

    public Set<Quad> added() {
        return Collections.unmodifiableSet(added);
    }

    public Set<Quad> removed() {
        return Collections.unmodifiableSet(removed);
    }

    private void checkLimit() {
        if (added.size() + removed.size() > LIMIT)
            unlisted();
    }
}
