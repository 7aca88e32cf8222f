package se.lsgraph.server.views;

import java.util.List;
import java.util.Optional;

/** The views listed at /views/, in that order. A new view is one line here plus its three files. */
public final class ViewCatalogue {
    private static final List<View> VIEWS = List.of(
            new View("consultation"),
            new View("strategy"),
            new View("network", true),
            new View("places"),
            new View("follow-up"));

    private ViewCatalogue() {}

    public static List<View> all() {
        return VIEWS;
    }

    public static Optional<View> named(String name) {
        return VIEWS.stream().filter(v -> v.name().equals(name)).findFirst();
    }
}
