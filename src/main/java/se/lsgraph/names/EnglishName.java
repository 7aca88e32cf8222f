package se.lsgraph.names;

import org.apache.jena.graph.Node;

/** One English name lsgraph gives a resource: the name and the source of the Swedish name. */
public record EnglishName(Node resource, String english, Node source) {}
