package se.lsgraph.reconcile;

import java.util.List;

/**
 * The properties of lsgraph's reconciliation service: matched against values a query supplies
 * (raising a candidate's score) and returned by data extension. Ids are the service's property ids.
 */
public enum ReconcileProperty {
    ORGANISATION_NUMBER("organisation-number", "Organisationsnummer", "Swedish organisation number, NNNNNN-NNNN", true),
    ROR("ror", "ROR ID", "Research Organization Registry identifier, e.g. 056d84691", true),
    WIKIDATA("wikidata", "Wikidata ID", "Wikidata item, e.g. Q219564", true),
    MUNICIPALITY_CODE("municipality-code", "Kommunkod", "SCB's four-digit municipality code of the place", true),
    PLACE("place", "Plats", "A place the resource lies in (name)", false);

    private final String id;
    private final String label;
    private final String description;
    private final boolean identifier;

    ReconcileProperty(String id, String label, String description, boolean identifier) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.identifier = identifier;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** An identifier matches one thing: a match on it is strong evidence, a name match is not needed. */
    public boolean isIdentifier() {
        return identifier;
    }

    public static ReconcileProperty ofId(String id) {
        for (ReconcileProperty p : values())
            if (p.id.equals(id))
                return p;
        return null;
    }

    public static List<ReconcileProperty> all() {
        return List.of(values());
    }
}
