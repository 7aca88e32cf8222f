package se.lsgraph.query;

import java.util.List;

import org.apache.jena.sparql.engine.binding.Binding;

/** The rows of a SELECT query, held in memory (catalogue queries return small results). */
public record QueryResult(List<String> vars, List<Binding> rows) {}
