package se.lsgraph.server.pages;

/** One entry of a document's table of contents. */
public record Section(String number, Term heading) {}
