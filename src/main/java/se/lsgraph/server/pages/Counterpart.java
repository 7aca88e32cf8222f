package se.lsgraph.server.pages;

/**
 * A strategy element's counterpart in another strategy: the relation (the message key
 * page.counterpart.RELATION), the element, its notation, and lsgraph's curated reasoning.
 */
public record Counterpart(String relation, Term element, String notation, Term reasoning) {}
