package se.lsgraph.server.pages;

import java.util.List;

/** One property of a resource with its values, each value with the numbers of the citations that state it. */
public record Fact(Term property, List<Value> values) {
    public record Value(Term term, List<Integer> citations) {}
}
