package se.lsgraph.catalog;

/**
 * The application profiles the catalogue record is published in. They differ only in how a
 * distribution's format is written: DCAT-AP-SE 3.0.1 wants the media type as a literal, SEMIC's
 * DCAT-AP 3.0.0 an IRI from the EU file-type list; each profile's validator rejects the other form.
 */
public enum CatalogProfile {
    /** DIGG's Swedish profile, what Sweden's data portal harvests: the default. */
    DCAT_AP_SE("dcat-ap-se"),
    /** SEMIC's European profile, for data.europa.eu and other DCAT-AP harvesters. */
    DCAT_AP("dcat-ap");

    private final String token;

    CatalogProfile(String token) {
        this.token = token;
    }

    /** The value of ?profile= that asks for this profile. */
    public String token() {
        return token;
    }

    /** The profile a token names, or null for an unknown token. */
    public static CatalogProfile ofToken(String token) {
        for (CatalogProfile p : values())
            if (p.token.equals(token))
                return p;
        return null;
    }
}
