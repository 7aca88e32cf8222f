package se.lsgraph.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Who publishes this deployment's catalogue record: the publishing organisation's name, its kind
 * (an ADMS publisher type), its Swedish organisation number and the contact e-mail. These are facts
 * about the deployment, never about lsgraph, so nothing here has a default: a setting that is not
 * given leaves its field out of the record, and {@link #missingMandatory()} names it.
 * <p>
 * Read from a properties file (serve/export/validate --catalog-settings FILE), keys as in
 * {@link #KEYS}; each value is checked, and a bad one is rejected with the key and the reason.
 */
public record CatalogSettings(String publisherName, String publisherType, String organisationNumber, String contactEmail) {
    public static final String PUBLISHER_NAME = "publisher.name";
    public static final String PUBLISHER_TYPE = "publisher.type";
    public static final String ORGANISATION_NUMBER = "publisher.organisation-number";
    public static final String CONTACT_EMAIL = "contact.email";
    public static final List<String> KEYS = List.of(PUBLISHER_NAME, PUBLISHER_TYPE, ORGANISATION_NUMBER, CONTACT_EMAIL);

    /** The ADMS publisher types DCAT-AP-SE offers (http://purl.org/adms/publishertype/...). */
    public static final Set<String> PUBLISHER_TYPES = Set.of("Academia-ScientificOrganisation", "Company", "IndustryConsortium",
            "LocalAuthority", "NationalAuthority", "NonGovernmentalOrganisation", "NonProfitOrganisation", "PrivateIndividual(s)",
            "RegionalAuthority", "StandardisationBody", "SupraNationalAuthority");
    public static final String PUBLISHER_TYPE_NS = "http://purl.org/adms/publishertype/";

    private static final String EMAIL = "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+";

    public static final CatalogSettings NONE = new CatalogSettings(null, null, null, null);

    public CatalogSettings {
        publisherName = blankToNull(publisherName);
        publisherType = blankToNull(publisherType);
        organisationNumber = blankToNull(organisationNumber);
        contactEmail = blankToNull(contactEmail);
        if (publisherType != null && !PUBLISHER_TYPES.contains(publisherType))
            throw new IllegalArgumentException(PUBLISHER_TYPE + " must be one of " + PUBLISHER_TYPES.stream().sorted().toList()
                    + ", not '" + publisherType + "'");
        if (contactEmail != null && !contactEmail.matches(EMAIL))
            throw new IllegalArgumentException(CONTACT_EMAIL + " is not an e-mail address: '" + contactEmail + "'");
        if (organisationNumber != null && !OrganisationNumber.isValid(organisationNumber))
            throw new IllegalArgumentException(ORGANISATION_NUMBER + " is not a Swedish organisation number "
                    + "(NNNNNN-NNNN with a valid check digit): '" + organisationNumber + "'");
    }

    /** Reads the settings file; unknown keys are rejected so that a misspelt key is not silently ignored. */
    public static CatalogSettings read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read catalogue settings " + file + ": " + e.getMessage(), e);
        }
        for (String key : p.stringPropertyNames())
            if (!KEYS.contains(key))
                throw new IllegalArgumentException(file + ": unknown key '" + key + "' (known: " + String.join(", ", KEYS) + ")");
        try {
            return new CatalogSettings(p.getProperty(PUBLISHER_NAME), p.getProperty(PUBLISHER_TYPE),
                    p.getProperty(ORGANISATION_NUMBER), p.getProperty(CONTACT_EMAIL));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The mandatory fields of DCAT-AP-SE that only a deployment can fill, and that are not set. */
    public List<String> missingMandatory() {
        List<String> missing = new ArrayList<>();
        if (publisherName == null)
            missing.add(PUBLISHER_NAME + " (foaf:name of the publisher, mandatory in DCAT-AP-SE)");
        if (publisherType == null)
            missing.add(PUBLISHER_TYPE + " (dcterms:type of the publisher, mandatory in DCAT-AP-SE)");
        if (contactEmail == null)
            missing.add(CONTACT_EMAIL + " (vcard:hasEmail of the contact point, mandatory in DCAT-AP-SE)");
        if (organisationNumber == null)
            missing.add(ORGANISATION_NUMBER + " (dcterms:identifier of the publisher, recommended in DCAT-AP-SE and "
                    + "used by Sweden's data portal to recognise the organisation)");
        return missing;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
