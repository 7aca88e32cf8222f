package se.lsgraph.load;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A declarative mapping from CSV rows or JSON records to RDF (read from a JSON mapping file).
 * <p>
 * A field is a CSV column name, or for JSON a JSON Pointer into the record in which a step
 * {@code *} walks every element of an array ({@code /names/*}{@code /value}). Templates put
 * field values in braces: {@code https://w3id.org/lsgraph/id/place/kommun-{Kod}}.
 *
 * @param name       the source name; its graph is https://w3id.org/lsgraph/graph/{name}
 * @param format     "csv", "json" or "yaml-front-matter" (the YAML header of a Markdown page)
 * @param delimiter  CSV field delimiter (default ",")
 * @param records    JSON Pointer to the array of records (default: the top-level array)
 * @param prefixes   prefixes usable in predicates, types and datatypes
 * @param subject    IRI template of each record's subject
 * @param repeatedSubjects when true, records with the same subject describe one resource (e.g. the
 *                   platform each unit row names); otherwise a repeated subject is rejected
 * @param types      classes of every subject
 * @param properties one entry per statement made about each subject
 * @param source     where the data comes from (a URL), recorded with the load
 * @param licence    the data's licence IRI, recorded with the load
 * @param retrieved  the date the data was retrieved, recorded with the load
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Mapping(
        String name,
        String format,
        String delimiter,
        String records,
        Map<String, String> prefixes,
        String subject,
        Boolean repeatedSubjects,
        List<String> types,
        List<PropertyMapping> properties,
        String source,
        String licence,
        String retrieved) {

    /**
     * One statement about each record's subject. Exactly one of field, iri or value gives the object.
     *
     * @param predicate prefixed name or IRI
     * @param field     field whose value becomes a literal
     * @param iri       IRI template for an object resource
     * @param value     a constant literal
     * @param lang      language tag for a literal
     * @param datatype  datatype for a literal (prefixed name or IRI)
     * @param optional  when true an empty or missing field yields no statement instead of an error
     * @param match     a regular expression each value of the field (or of the IRI template's fields)
     *                  must match; its first group, if any, replaces the value. A value that does not
     *                  match is rejected, or skipped when optional
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record PropertyMapping(
            String predicate,
            String field,
            String iri,
            String value,
            String lang,
            String datatype,
            Boolean optional,
            String match) {

        boolean isOptional() {
            return Boolean.TRUE.equals(optional);
        }
    }

    boolean subjectsMayRepeat() {
        return Boolean.TRUE.equals(repeatedSubjects);
    }
}
