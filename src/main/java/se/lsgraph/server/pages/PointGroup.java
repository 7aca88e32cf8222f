package se.lsgraph.server.pages;

import java.util.List;

/** Consultation points under one heading of a summary (heading null: points printed under none). */
public record PointGroup(Term heading, String anchor, List<Point> points) {
    public record Point(Term text, Term topic, Term body, String href) {}
}
