package se.lsgraph.followup;

import java.util.List;

import se.lsgraph.load.InputRejectedException;

/**
 * Names in a sheet that match nothing (or more than one thing) in the graph. The load is refused
 * as a whole, so no organisation or strategy element is ever created silently from a typo.
 */
public final class Unmatched extends InputRejectedException {
    /** One cell that did not match: where it is, what it says, what the graph offered. */
    public record Name(String file, long line, String column, String value, List<String> candidates) {
        @Override
        public String toString() {
            return file + ": line " + line + ", column " + column + ": '" + value + "' "
                    + (candidates.isEmpty() ? "matches nothing in the graph" : "is ambiguous: " + String.join(", ", candidates));
        }
    }

    private final List<Name> names;

    Unmatched(List<Name> names) {
        super(names.get(0).file(), null, names.size() + " name(s) did not match the graph; use a name, abbreviation, "
                + "notation or identifier the graph has, or its IRI:\n  "
                + String.join("\n  ", names.stream().map(Name::toString).toList()));
        this.names = List.copyOf(names);
    }

    public List<Name> names() {
        return names;
    }
}
