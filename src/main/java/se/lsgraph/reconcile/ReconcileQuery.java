package se.lsgraph.reconcile;

import java.util.List;

/**
 * One reconciliation query: a name, the kinds a candidate must have one of (none: any), how many
 * candidates to return, and property values that raise a candidate's score when they match.
 */
public record ReconcileQuery(String name, List<String> types, int limit, List<PropertyValue> properties) {

    /** A value supplied for one of the service's properties. */
    public record PropertyValue(ReconcileProperty property, String value) {}
}
