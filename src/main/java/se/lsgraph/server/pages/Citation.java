package se.lsgraph.server.pages;

import java.util.List;

/**
 * Where the statements of one named graph come from, as a reader can check it: the document (title,
 * link to its page) or, for lsgraph's own graphs, the graph's title; the sections cited; the quotes.
 */
public record Citation(int number, Term source, List<Term> sections, List<Term> quotes) {}
