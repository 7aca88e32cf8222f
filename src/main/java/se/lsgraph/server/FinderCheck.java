package se.lsgraph.server;

import se.lsgraph.search.BuildProgress;
import se.lsgraph.server.probes.ReadinessCheck;

/** The finder is ready once its index is open; before, /ready tells the phase of its build. */
final class FinderCheck implements ReadinessCheck {
    private final BackgroundFinder finder;

    FinderCheck(BackgroundFinder finder) {
        this.finder = finder;
    }

    @Override
    public String name() {
        return "finder";
    }

    @Override
    public String notReadyBecause() {
        if (finder.ready())
            return null;
        BuildProgress p = finder.progress();
        if (p.error() != null)
            return "the search index could not be built: " + p.error();
        return "the search index is being built (" + p.phase() + (p.total() > 0 ? ", " + p.done() + " of " + p.total() : "") + ")";
    }
}
