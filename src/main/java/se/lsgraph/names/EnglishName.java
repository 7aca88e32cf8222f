package se.lsgraph.names;

import org.apache.jena.graph.Node;

/** One English name lsgraph gives a resource: the name, the source of the Swedish name, and how it was formed. */
public record EnglishName(Node resource, String english, Node source, String note) {}
